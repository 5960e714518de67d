package db.migration.common;

import it.polis.reference.PlaceData;
import it.polis.reference.PlaceData.PlaceRow;
import it.polis.reference.PlaceData.ProvinceRow;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Loads the birth places (comuni current and former, foreign countries) and every province they
 * refer to from {@code db/data/places/*.csv} into the tables of V6. Provinces already present
 * (the V2 ones) keep their row. Batched JDBC inserts, inside Flyway's migration transaction.
 */
public class V6_1__load_places extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public Integer getChecksum() {
        return PlaceData.checksum();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        loadProvinces(c);
        loadPlaces(c);
    }

    private static void loadProvinces(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT code FROM province");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO province (code, name, region_code, valid_to) VALUES (?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE province SET valid_to = ? WHERE code = ?")) {
            for (ProvinceRow p : PlaceData.provinces()) {
                if (present.contains(p.code())) {
                    setDate(update, 1, p.validTo());
                    update.setString(2, p.code());
                    update.executeUpdate();
                } else {
                    insert.setString(1, p.code());
                    insert.setString(2, p.name());
                    insert.setString(3, p.regionCode());
                    setDate(insert, 4, p.validTo());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void loadPlaces(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO place"
                + " (code, kind, name, search_name, province_code, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (PlaceRow p : PlaceData.places()) {
                insert.setString(1, p.code());
                insert.setString(2, p.kind().name());
                insert.setString(3, p.name());
                insert.setString(4, PlaceData.searchKey(p.name()));
                if (p.provinceCode() == null) {
                    insert.setNull(5, Types.VARCHAR);
                } else {
                    insert.setString(5, p.provinceCode());
                }
                setDate(insert, 6, p.validFrom());
                setDate(insert, 7, p.validTo());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(date));
        }
    }
}
