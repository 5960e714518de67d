package it.polis.web.shell;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lazy table model that asks a service for one page at a time: the count, the page and a row key
 * are the only things that differ from table to table. Filters and sorting live in the page's own
 * fields (the service applies them), so the table's own filter and sort metadata are not used.
 *
 * @param <T> the row type
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** One page of rows. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int pageSize);
    }

    /** A row's key, unique in the table. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public PagedRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst()
                .orElse(null);
    }
}
