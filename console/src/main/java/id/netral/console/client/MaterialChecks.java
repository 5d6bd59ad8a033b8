package id.netral.console.client;

import id.netral.client.cases.model.DeadlineDue;
import id.netral.client.rules.model.Classification;
import id.netral.client.rules.model.ClassificationRequest;
import id.netral.client.rules.model.Election;
import id.netral.client.rules.model.ElectionType;
import id.netral.client.rules.model.EmploymentType;
import id.netral.common.i18n.Language;
import id.netral.console.domain.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The material checks of an intake form while it is being filled in, from the services that will
 * make them when it is sent: which election the act's day falls in (rules-service's classifier,
 * which infers it as intake does) and, for a citizen's report, the last day of the reporting window
 * counted from when the reporter learnt of the act (case-service, with the holiday calendar for
 * general elections' working days). Advice only: the services check again when the form is sent.
 */
@ApplicationScoped
public class MaterialChecks {
    /** How a check stands: met, still to do (the form would be refused), or worth knowing. */
    public enum State { OK, TODO, NOTE }

    /** One check, in the viewer's language. */
    public record Item(State state, String text) {
    }

    @Inject
    Services services;

    /**
     * The checks for an act done on {@code occurredOn} and known on {@code knownOn} (the act's day
     * when not given), judged on {@code today} (the form's zone); {@code report} adds the reporting window.
     */
    public List<Item> check(String token, Language language, String act, LocalDate occurredOn, LocalDate knownOn, LocalDate today,
            boolean report) {
        Texts texts = Texts.in(language);
        List<Item> items = new ArrayList<>();
        Classification classified;
        try {
            // the employment type does not bear on which election a day belongs to
            classified = services.classifier(token).classifyAct(new ClassificationRequest().employmentType(EmploymentType.PNS).act(act)
                    .occurredOn(occurredOn));
        } catch (id.netral.client.rules.ApiException e) {
            items.add(refused(e.getCode(), e.getResponseBody(), language));
            return items;
        }
        LocalDate known = knownOn == null ? occurredOn : knownOn;
        if (classified.getElection() == null) {
            boolean contest = classified.getQuestions() != null && classified.getQuestions().stream().anyMatch(q -> "contest".equals(q.getField()));
            items.add(new Item(State.NOTE, texts.format(contest ? "checkTwoElections" : "checkNoElection", occurredOn)));
            if (contest && report) {
                // a general and a regional election overlap: the report must meet the window of the one it concerns
                for (ElectionType type : ElectionType.values()) {
                    items.add(window(token, texts, language, type, known, today, texts.label("electionType", type.getValue()) + ": "));
                }
            }
            return items;
        }
        Election election;
        try {
            election = services.elections(token).getElection(classified.getElection());
        } catch (id.netral.client.rules.ApiException e) {
            items.add(refused(e.getCode(), e.getResponseBody(), language));
            return items;
        }
        items.add(new Item(State.OK, texts.format("checkElection", occurredOn, election.getName(), election.getPeriodStart(), election.getPeriodEnd())));
        if (!report || election.getType() == null) {
            return items;
        }
        items.add(window(token, texts, language, election.getType(), known, today, ""));
        return items;
    }

    /** The reporting window of an election type counted from {@code known}, as case-service counts it, judged on {@code today}. */
    private Item window(String token, Texts texts, Language language, ElectionType type, LocalDate known, LocalDate today, String prefix) {
        try {
            DeadlineDue due = services.deadlines(token).dueDate("REPORT_FILING", type.getValue(), known.toString());
            String days = texts.format(Boolean.TRUE.equals(due.getWorkingDays()) ? "checkWorkingDays" : "checkDays", due.getDays());
            return today.isAfter(due.getDueOn())
                    ? new Item(State.TODO, prefix + texts.format("checkWindowClosed", due.getDueOn(), days, known, due.getLegalBasis()))
                    : new Item(State.OK, prefix + texts.format("checkWindowOpen", due.getDueOn(), days, known, due.getLegalBasis()));
        } catch (id.netral.client.cases.ApiException e) {
            return refused(e.getCode(), e.getResponseBody(), language);
        }
    }

    /** A service's refusal as a check: its own words (a day in the future, an unknown act) are the advice. */
    private Item refused(int status, String body, Language language) {
        ApiProblem problem = ApiProblem.of(status, body, services.mapper(), language);
        String why = problem.errors().isEmpty() ? problem.detail() : problem.errors().get(0).message();
        return new Item(status >= 500 || status == 0 ? State.NOTE : State.TODO,
                why == null || why.isBlank() ? problem.title() : problem.title() + ": " + why);
    }
}
