package it.polis.web.view.ministry.batch;

import it.polis.batch.console.BatchConsole;
import it.polis.batch.console.BatchRefused;
import it.polis.batch.console.ExecutionRow;
import it.polis.batch.console.StepRow;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Date;
import java.util.List;

/** ministry/batch/execution.xhtml?id=: one execution, its steps with metrics and exceptions, and actions. */
@Named("batchExecutionView")
@ViewScoped
public class ExecutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BatchConsole console;

    private String id;
    private ExecutionRow execution;
    private List<StepRow> steps = List.of();
    private boolean mayOperate;

    /** f:viewAction: a bad or unknown id is a message, never an error page. */
    public void load() {
        execution = null;
        steps = List.of();
        long n;
        try {
            n = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            ConsoleTexts.error("batch.notFound");
            return;
        }
        try {
            execution = console.execution(n);
            steps = console.steps(n);
            mayOperate = console.mayOperate(execution.jobName());
        } catch (EJBException | jakarta.batch.operations.NoSuchJobExecutionException e) {
            ConsoleTexts.error("batch.notFound");
        }
    }

    public void stop() {
        act(() -> console.stop(execution.executionId()), "batch.stopped");
    }

    public String restart() {
        try {
            long next = console.restart(execution.executionId());
            ConsoleTexts.info("batch.restarted", String.valueOf(next));
            id = String.valueOf(next);
        } catch (BatchRefused e) {
            ConsoleTexts.error(e.messageKey());
        }
        load();
        return null;
    }

    public void abandon() {
        act(() -> console.abandon(execution.executionId()), "batch.abandoned");
    }

    private void act(Runnable r, String done) {
        try {
            r.run();
            ConsoleTexts.info(done);
        } catch (BatchRefused e) {
            ConsoleTexts.error(e.messageKey());
        }
        load();
    }

    public String progress() {
        long ended = steps.stream().filter(s -> s.endTime() != null).count();
        return ConsoleTexts.text("batch.progress", String.valueOf(ended), String.valueOf(steps.size()));
    }

    public String title() {
        return ConsoleTexts.text("batch.detail.title", id == null ? "" : id);
    }

    public String time(Date d) {
        return ConsoleTexts.time(d);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ExecutionRow getExecution() {
        return execution;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public boolean isMayOperate() {
        return mayOperate;
    }
}
