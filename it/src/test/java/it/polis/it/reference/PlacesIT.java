package it.polis.it.reference;

import it.polis.it.support.Deployments;
import it.polis.platform.PortalInfo;
import it.polis.reference.Place;
import it.polis.reference.Places;
import it.polis.reference.Province;
import it.polis.reference.ReferenceData;
import it.polis.reference.Region;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container (Arquillian, remote Payara started by the test run): the birth places as the
 * migrations left them in the real database, through the {@link Places} service.
 */
@ExtendWith(ArquillianExtension.class)
class PlacesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessModule("places-it", PlacesIT.class);
    }

    @EJB
    private Places places;

    @EJB
    private ReferenceData reference;

    @Inject
    private PortalInfo info;

    @PersistenceContext
    private EntityManager em;

    @Test
    void theEarFoundTheJavaMigrationThatLoadsThePlaces() throws Exception {
        Object row = em.createNativeQuery("SELECT \"type\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" = '6.1' AND \"success\" = TRUE").getSingleResult();
        assertEquals("JDBC", row.toString());
        // The portal (polis.ear) migrated the fresh database before this archive was deployed:
        // had its classpath scan missed V6_1, it would report an older version than this one.
        Object migrator = new InitialContext().lookup("java:global/polis/polis-ejb/SchemaMigrator");
        Object earVersion = migrator.getClass().getMethod("schemaVersion").invoke(migrator);
        assertEquals(info.schemaVersion(), earVersion);
    }

    @Test
    void countriesAreTheCurrentForeignOnesByName() {
        List<Place> countries = places.countries();
        assertTrue(countries.size() > 200, "countries: " + countries.size());
        List<String> codes = countries.stream().map(Place::getCode).toList();
        assertTrue(codes.containsAll(List.of("Z110", "Z404", "Z112", "Z130")), codes.toString());
        assertFalse(codes.contains("Z105"), "Cecoslovacchia no longer exists");
        countries.forEach(c -> assertTrue(c.isCountry() && !c.isSuppressed() && c.getCode().startsWith("Z"), c.toString()));
        for (int i = 1; i < countries.size(); i++) {
            assertTrue(countries.get(i - 1).getSearchName().compareTo(countries.get(i).getSearchName()) <= 0,
                    countries.get(i - 1) + " before " + countries.get(i));
        }
    }

    @Test
    void theCascadeGoesFromRegionToProvinceToComune() {
        List<Region> regions = places.regions();
        assertEquals(20, regions.size());

        List<Province> lazio = places.provinces("12");
        assertEquals(List.of("FR", "LT", "RI", "RM", "VT"), lazio.stream().map(Province::getCode).sorted().toList());
        lazio.forEach(p -> assertFalse(p.isSuppressed(), p.getCode()));

        // Former provinces come after the current ones of their region, marked.
        List<Province> fvg = places.provinces("06");
        assertEquals(List.of("GO", "PN", "TS", "UD", "FU", "PL", "ZA"), fvg.stream().map(Province::getCode).toList());
        assertTrue(fvg.get(4).isSuppressed());
        assertEquals(109, reference.provinces().size(), "current provinces only");

        List<Place> rome = places.comuni("RM");
        assertTrue(rome.size() > 120, "comuni of RM: " + rome.size());
        Place roma = rome.stream().filter(p -> p.getCode().equals("H501")).findFirst().orElseThrow();
        assertEquals("Roma", roma.getName());
        assertFalse(roma.isSuppressed());
        rome.forEach(p -> assertEquals("RM", p.getProvinceCode()));

        Place fiordimonte = places.comuni("MC").stream().filter(p -> p.getCode().equals("D609")).findFirst()
                .orElseThrow();
        assertTrue(fiordimonte.isSuppressed(), "merged into Valfornace in 2017");
        assertEquals(LocalDate.of(2017, 1, 1), fiordimonte.getValidTo());
        assertTrue(places.comuni("PL").size() > 40, "comuni of the former province of Pola");
    }

    @Test
    void placesAreFoundByCodeInAnyCase() {
        assertEquals("Roma", places.byCode("h501").orElseThrow().getName());
        assertEquals("Francia", places.byCode(" Z110 ").orElseThrow().getName());
        assertTrue(places.byCode("Z999").isEmpty());
        assertTrue(places.byCode(null).isEmpty());
    }

    @Test
    void theAutocompleteIgnoresCaseAccentsAndPunctuation() {
        Place pieve = places.searchComuni("citta della p", 10).stream().filter(p -> p.getCode().equals("C744"))
                .findFirst().orElseThrow();
        assertEquals("Città della Pieve", pieve.getName());
        assertEquals("PG", pieve.getProvinceCode());

        assertEquals("H501", places.searchComuni("ROMA", 5).get(0).getCode());
        assertEquals("M276", places.searchComuni("sant antonio di gall", 5).get(0).getCode());
        assertEquals(7, places.searchComuni("san", 7).size());
        places.searchComuni("reggio", 20).forEach(p -> assertTrue(p.getSearchName().startsWith("REGGIO"), p.toString()));
        assertTrue(places.searchComuni("  '% ", 10).isEmpty());
        assertTrue(places.searchComuni("parigi", 10).isEmpty(), "comuni only");
    }

    @Test
    void birthPlacesAreCheckedAgainstTheBirthDate() {
        assertTrue(places.isValidBirthPlace("H501", LocalDate.of(1980, 1, 1)));
        assertTrue(places.isValidBirthPlace("D609", LocalDate.of(1975, 6, 1)), "Fiordimonte before the merger");
        assertFalse(places.isValidBirthPlace("D609", LocalDate.of(2020, 6, 1)), "Fiordimonte after the merger");
        assertFalse(places.isValidBirthPlace("M356", LocalDate.of(1980, 1, 1)), "Contà exists since 2016");
        assertTrue(places.isValidBirthPlace("Z105", LocalDate.of(1980, 1, 1)), "Cecoslovacchia");
        assertFalse(places.isValidBirthPlace("Z105", LocalDate.of(2000, 1, 1)), "Repubblica ceca or Slovacchia by then");
        assertTrue(places.isValidBirthPlace("z404", LocalDate.of(1990, 5, 5)));
        assertFalse(places.isValidBirthPlace("Z999", LocalDate.of(1990, 5, 5)));
        assertFalse(places.isValidBirthPlace("", LocalDate.of(1990, 5, 5)));
    }
}
