using System.Net;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.People;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// The pages behind App Service authentication: the platform's principal says who the person is (the employeeid
/// claim), which page roles they hold (app roles) and, by configuration, an HR partner's scope; without one the
/// browser goes to the platform's sign-in. The same access rules as with the development sign-in.
/// </summary>
public sealed class PagesBehindEntraIdTests : IDisposable
{
    private static readonly (string, string)[] HelenScope = [("Comp:People:HrScopes:Helen Park:Families:0", "engineering"), ("Comp:People:HrScopes:Helen Park:Regions:0", "de")];

    private readonly PagesHost _host = new(settings: HelenScope);

    private static string Principal(string name, string? employeeId = null, params string[] roles) => PagesHost.Principal(name, employeeId, roles);

    private static Task<(HttpStatusCode Status, string Body, Uri? Location)> GetAsync(PagesHost host, string path, string? principal = null, string? apiKeyRole = null) =>
        host.GetAsync(path, principal, apiKeyRole);

    [Fact]
    public async Task Without_a_principal_the_browser_goes_to_the_platforms_sign_in()
    {
        var (status, _, location) = await GetAsync(_host, "/team?region=de");

        status.ShouldBe(HttpStatusCode.Redirect);
        location!.ToString().ShouldBe("/.auth/login/aad?post_login_redirect_uri=%2Fteam%3Fregion%3Dde");
    }

    [Fact]
    public async Task A_manager_signed_in_by_the_platform_sees_his_reports_and_no_one_else()
    {
        string dieter = Principal("Dieter Braun", "E1004");

        var team = await GetAsync(_host, "/team", dieter);
        var manager = await GetAsync(_host, "/people/E1005", dieter);

        team.Status.ShouldBe(HttpStatusCode.OK);
        foreach (var name in new[] { "Ana Costa", "Bilal Haddad", "Chloe Evans", "Farhan Iyer" })
        {
            team.Body.ShouldContain(name);
        }

        team.Body.ShouldNotContain("Grace Tan");
        team.Body.ShouldContain("href=\"/.auth/logout\"");
        manager.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task App_roles_open_the_comp_pages_and_a_configured_scope_the_team_view()
    {
        var admin = await GetAsync(_host, "/comp/releases", Principal("Priya Raman", null, PageRoles.CompAdmin));
        var employee = await GetAsync(_host, "/comp/releases", Principal("Ana Costa", "E1001"));
        var partner = await GetAsync(_host, "/team", Principal("Helen Park", null, PageRoles.HrPartner));

        admin.Status.ShouldBe(HttpStatusCode.OK);
        admin.Body.ShouldContain("2026-h1");
        employee.Status.ShouldBe(HttpStatusCode.Redirect);
        employee.Location!.ToString().ShouldBe("/denied");
        partner.Status.ShouldBe(HttpStatusCode.OK);
        partner.Body.ShouldContain("Dieter Braun");
        partner.Body.ShouldNotContain("Chloe Evans");
    }

    [Fact]
    public async Task An_api_key_does_not_open_the_pages()
    {
        var (status, _, location) = await GetAsync(_host, "/career", apiKeyRole: Roles.CompAdmin);

        status.ShouldBe(HttpStatusCode.Redirect);
        location!.ToString().ShouldStartWith("/.auth/login/aad");
    }

    [Fact]
    public async Task Where_the_platform_is_not_in_front_its_header_is_ignored()
    {
        using var local = new PagesHost(entraId: false);

        var (status, _, location) = await GetAsync(local, "/career", Principal("Priya Raman", "E1001", PageRoles.CompAdmin));

        status.ShouldBe(HttpStatusCode.Redirect);
        location!.AbsolutePath.ShouldBe("/signin");
    }

    public void Dispose() => _host.Dispose();
}
