package it.polis.web.view.school.rankings;

import it.polis.rankings.RankingViews;
import it.polis.rankings.SchoolRow;
import it.polis.web.shell.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** school/rankings/list.xhtml: the school's own rankings, by subject class, searched by name, paged. */
@Named("schoolRankingsView")
@ViewScoped
public class ListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RankingViews views;

    private List<String> classes;
    private String subjectClass;
    private String search;
    private String appliedClass;
    private String appliedSearch;
    private final LazyDataModel<SchoolRow> rows = new PagedRows<>(() -> views.schoolCount(appliedClass, appliedSearch),
            (first, size) -> views.schoolPage(appliedClass, appliedSearch, first, size), SchoolRow::key);

    @PostConstruct
    void init() {
        classes = views.schoolClasses();
    }

    public void apply() {
        appliedClass = subjectClass == null || subjectClass.isBlank() ? null : subjectClass;
        appliedSearch = search == null || search.isBlank() ? null : search.strip();
    }

    public List<String> getClasses() {
        return classes;
    }

    public LazyDataModel<SchoolRow> getRows() {
        return rows;
    }

    public String getSubjectClass() {
        return subjectClass;
    }

    public void setSubjectClass(String subjectClass) {
        this.subjectClass = subjectClass;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
