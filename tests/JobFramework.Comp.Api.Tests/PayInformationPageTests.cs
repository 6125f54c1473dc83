using System.Net;
using JobFramework.Comp.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// An employee asks for their own pay information (Art. 7) on the pages, signed in through App Service authentication:
/// the sample pay-gap roster seeded for 2027-07-01 (release 2027-h2). Only their own answer, and each one recorded.
/// </summary>
public sealed class PayInformationPageTests : IDisposable
{
    private readonly PagesHost _host = new(snapshot: Repository.Sample("pay-gap.csv"), asOf: "2027-07-01");

    public void Dispose() => _host.Dispose();

    private IDecisionLog Log => _host.Services.GetRequiredService<IDecisionLog>();

    [Fact]
    public async Task An_employee_sees_their_pay_and_the_averages_of_their_category_and_the_answer_is_recorded()
    {
        var (status, body, _) = await _host.GetAsync("/career/pay-information", PagesHost.Principal("Ines Hahn", "DE030"));

        status.ShouldBe(HttpStatusCode.OK, body);
        body.ShouldContain("<dt>Total</dt><dd>96,120.00 EUR</dd>");
        body.ShouldContain("<td>Women</td><td>79,666.67 EUR</td>\n                            <td>86,040.00 EUR</td>");
        var recorded = (await Log.QueryByEmployeeAsync("DE030", 10)).Records.ShouldHaveSingleItem();
        (recorded.Kind, recorded.Caller).ShouldBe((DecisionKind.Disclosure, "Ines Hahn"));
        body.ShouldContain($"Recorded as disclosure {recorded.DecisionId}.");
    }

    [Fact]
    public async Task The_page_answers_only_for_the_person_signed_in()
    {
        // The manager of everyone in the roster opens the page: they get their own answer, never a report's.
        var (status, body, _) = await _host.GetAsync("/career/pay-information?id=DE030", PagesHost.Principal("Anton Vogel", "DE001"));

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Executive (levels 7-8)");
        body.ShouldContain("Withheld: fewer than 3 people");
        (await Log.QueryByEmployeeAsync("DE030", 10)).Records.ShouldBeEmpty();
        (await Log.QueryByEmployeeAsync("DE001", 10)).Records.Count.ShouldBe(1);
        (await _host.GetAsync("/people/DE030/pay-information", PagesHost.Principal("Anton Vogel", "DE001"))).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Comp_admins_see_the_pay_gap_report_on_the_comp_pages_and_no_one_else_does()
    {
        var (status, body, _) = await _host.GetAsync("/comp/pay-gap", PagesHost.Principal("Priya Raman", roles: "comp-admin"));
        var (employee, _, denied) = await _host.GetAsync("/comp/pay-gap", PagesHost.Principal("Ines Hahn", "DE030"));

        status.ShouldBe(HttpStatusCode.OK, body);
        body.ShouldContain("Germany, Professional (level 3): mean gap 8.8% in total pay");
        body.ShouldContain("<figcaption>Professional (level 3): mean gap 8.8% (flagged)</figcaption>");
        (employee, denied?.ToString()).ShouldBe((HttpStatusCode.Redirect, "/denied"));
    }

    [Fact]
    public async Task Someone_not_in_the_roster_is_told_so_and_nothing_is_recorded()
    {
        var (status, body, _) = await _host.GetAsync("/career/pay-information", PagesHost.Principal("Visitor", "X1"));

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("You are not in the latest roster snapshot, so there is no pay information of yours to give.");
        (await Log.QueryByTimeAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 10)).Records.ShouldBeEmpty();
    }
}
