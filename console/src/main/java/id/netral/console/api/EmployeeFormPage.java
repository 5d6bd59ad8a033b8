package id.netral.console.api;

import id.netral.client.roster.ApiException;
import id.netral.client.roster.api.EmployeesApi;
import id.netral.client.roster.model.Employee;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A form the personnel office fills in about one employee (a relative's candidacy, an account):
 * the employee is named by the address's or the form's {@code employee} field, the form shows who
 * they are, and a step done goes back to the employee's page at its section.
 */
abstract class EmployeeFormPage extends ConsolePage {

    /** The employee a request names; a form about nobody is a page that does not exist (404). */
    static String employeeKey(String key) {
        String named = Forms.blankToNull(key);
        if (named == null) {
            throw new NotFoundException();
        }
        return named;
    }

    /** A posted form about an employee, its form token checked (403 without it), its "employee" field there (else 404). */
    Map<String, String> postedAbout(MultivaluedMap<String, String> form) {
        pages.requireFormToken(form.getFirst("csrf"));
        Map<String, String> posted = Forms.posted(form);
        posted.put("employee", employeeKey(posted.get("employee")));
        return posted;
    }

    /** The form with the employee ({@code e}) it is about, or the roster's refusal (404 for an employee out of reach). */
    Response employeeForm(TemplateInstance form, String key, int status) {
        Employee person;
        try {
            person = new EmployeesApi(services.roster()).getEmployee(key);
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
        return pages.html(form.data("e", person), status);
    }

    /** After a step: the employee's page, saying what was done, at the section it concerns. */
    static Response backToEmployee(String key, String done, String section) {
        return Pages.seeOther("/roster/employees/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "?done=" + done + "#" + section);
    }
}
