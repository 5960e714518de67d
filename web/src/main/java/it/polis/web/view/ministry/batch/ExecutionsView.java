package it.polis.web.view.ministry.batch;

import it.polis.batch.console.BatchConsole;
import it.polis.batch.console.BatchRefused;
import it.polis.batch.console.ExecutionRow;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** ministry/batch/executions.xhtml: executions of every job, and a job started with parameters. */
@Named("batchExecutionsView")
@ViewScoped
public class ExecutionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern PARAM = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}=.{0,200}");

    @EJB
    private BatchConsole console;

    private String job;
    private String startJob;
    private String parameters;
    private List<String> jobs;
    private List<ExecutionRow> rows;

    @PostConstruct
    void init() {
        jobs = new ArrayList<>(console.jobNames());
        startJob = jobs.isEmpty() ? null : jobs.get(0);
        load();
    }

    public void load() {
        rows = console.executions(job, 100);
    }

    public void start() {
        Properties p = new Properties();
        if (parameters != null) {
            for (String line : parameters.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (!PARAM.matcher(l).matches()) {
                    ConsoleTexts.error("batch.params.invalid");
                    return;
                }
                int eq = l.indexOf('=');
                p.setProperty(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        try {
            long id = console.start(startJob, p);
            ConsoleTexts.info("batch.started", String.valueOf(id));
            parameters = null;
        } catch (BatchRefused e) {
            ConsoleTexts.error(e.messageKey());
        }
        load();
    }

    public boolean isAnyRunning() {
        return rows.stream().anyMatch(ExecutionRow::running);
    }

    public String time(Date d) {
        return ConsoleTexts.time(d);
    }

    public List<String> getJobs() {
        return jobs;
    }

    public List<ExecutionRow> getRows() {
        return rows;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getStartJob() {
        return startJob;
    }

    public void setStartJob(String startJob) {
        this.startJob = startJob;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }
}
