using System.Net;
using System.Text;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.People;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// The pages behind App Service authentication: the platform's principal says who the person is (the employeeid
/// claim), which page roles they hold (app roles) and, by configuration, an HR partner's scope; without one the
/// browser goes to the platform's sign-in. The same access rules as with the development sign-in.
/// </summary>
public sealed class PagesBehindEntraIdTests : IDisposable
{
    private readonly PagesHost _host = new(entraId: true);

    private sealed class PagesHost(bool entraId) : ApiHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(PlatformPrincipalAuthentication.EnabledSetting, entraId ? "true" : "false");
            builder.UseSetting("Comp:People:SeedSnapshot", Repository.Sample("people.csv"));
            builder.UseSetting("Comp:People:AsOf", "2026-11-30");
            builder.UseSetting("Comp:People:HrScopes:Helen Park:Families:0", "engineering");
            builder.UseSetting("Comp:People:HrScopes:Helen Park:Regions:0", "de");
        }
    }

    private static string Principal(string name, string? employeeId = null, params string[] roles) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        "{\"auth_typ\":\"aad\",\"name_typ\":\"name\",\"role_typ\":\"roles\",\"claims\":["
        + "{\"typ\":\"name\",\"val\":\"" + name + "\"}"
        + (employeeId is null ? "" : ",{\"typ\":\"employeeid\",\"val\":\"" + employeeId + "\"}")
        + string.Concat(roles.Select(r => ",{\"typ\":\"roles\",\"val\":\"" + r + "\"}")) + "]}"));

    private static async Task<(HttpStatusCode Status, string Body, Uri? Location)> GetAsync(ApiHost host, string path, string? principal = null, string? apiKeyRole = null)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (principal is not null)
        {
            client.DefaultRequestHeaders.Add(PlatformPrincipalAuthentication.Header, principal);
        }

        if (apiKeyRole is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, ApiHost.KeyFor(apiKeyRole));
        }

        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

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
