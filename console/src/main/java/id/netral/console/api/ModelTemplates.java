package id.netral.console.api;

import id.netral.client.cases.model.BknMeasureTaken;
import id.netral.client.cases.model.CaseDecider;
import id.netral.client.cases.model.CaseEvent;
import id.netral.client.cases.model.CaseTracking;
import id.netral.client.cases.model.DeadlineView;
import id.netral.client.cases.model.Decision;
import id.netral.client.cases.model.DueDate;
import id.netral.client.cases.model.Evidence;
import id.netral.client.cases.model.EvidenceFile;
import id.netral.client.cases.model.Execution;
import id.netral.client.cases.model.ModelCase;
import id.netral.client.cases.model.PersonView;
import id.netral.client.cases.model.Recommendation;
import id.netral.client.cases.model.ReportedView;
import id.netral.client.cases.model.Reporter;
import id.netral.client.rules.model.Act;
import id.netral.console.client.ApiProblem;
import id.netral.console.domain.ActionForm;
import io.quarkus.qute.TemplateData;

/**
 * The types templates read, for which Qute generates its reflection-free accessors: the API's models
 * (generated in api-clients) and the console's own page records.
 */
@TemplateData(target = ModelCase.class)
@TemplateData(target = ReportedView.class)
@TemplateData(target = PersonView.class)
@TemplateData(target = Reporter.class)
@TemplateData(target = DeadlineView.class)
@TemplateData(target = Evidence.class)
@TemplateData(target = EvidenceFile.class)
@TemplateData(target = CaseEvent.class)
@TemplateData(target = Recommendation.class)
@TemplateData(target = Decision.class)
@TemplateData(target = Execution.class)
@TemplateData(target = CaseDecider.class)
@TemplateData(target = BknMeasureTaken.class)
@TemplateData(target = CaseTracking.class)
@TemplateData(target = DueDate.class)
@TemplateData(target = Act.class)
@TemplateData(target = id.netral.client.roster.model.Agency.class)
@TemplateData(target = id.netral.client.roster.model.AgencyPage.class)
@TemplateData(target = id.netral.client.roster.model.Ppk.class)
@TemplateData(target = id.netral.client.roster.model.PpkSubstitute.class)
@TemplateData(target = id.netral.client.roster.model.WorkUnit.class)
@TemplateData(target = id.netral.client.roster.model.WorkUnitPage.class)
@TemplateData(target = id.netral.client.roster.model.Employee.class)
@TemplateData(target = id.netral.client.roster.model.EmployeePage.class)
@TemplateData(target = id.netral.client.roster.model.EmployeeSummary.class)
@TemplateData(target = id.netral.client.roster.model.Account.class)
@TemplateData(target = id.netral.client.roster.model.ImportJob.class)
@TemplateData(target = id.netral.client.roster.model.ImportRowError.class)
@TemplateData(target = id.netral.client.roster.model.Status.class)
@TemplateData(target = id.netral.client.notification.model.Broadcast.class)
@TemplateData(target = id.netral.client.cases.model.Resolution.class)
@TemplateData(target = ApiProblem.class)
@TemplateData(target = ApiProblem.FieldMessage.class)
@TemplateData(target = ActionForm.class)
@TemplateData(target = ActionForm.Field.class)
@TemplateData(target = WorkListResource.Filter.class)
final class ModelTemplates {
    private ModelTemplates() {
    }
}
