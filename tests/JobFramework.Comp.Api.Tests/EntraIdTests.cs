using System.Net;
using System.Text;
using JobFramework.Comp.Api.Auth;
using Microsoft.AspNetCore.Hosting;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// In Azure, App Service authentication hands the caller's Entra ID claims on in X-MS-CLIENT-PRINCIPAL; the
/// app roles in it admit the caller like an API key with the same role — and only where the deployment
/// says the platform is in front.
/// </summary>
public sealed class EntraIdTests : IDisposable
{
    private readonly EntraIdApi _api = new();

    private sealed class EntraIdApi : ApiHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(PlatformPrincipalAuthentication.EnabledSetting, "true");
        }
    }

    public void Dispose() => _api.Dispose();

    private static string Principal(params string[] roles) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        "{\"auth_typ\":\"aad\",\"name_typ\":\"name\",\"role_typ\":\"roles\",\"claims\":["
        + "{\"typ\":\"name\",\"val\":\"Review Tool (prod)\"},{\"typ\":\"aud\",\"val\":\"api://comp\"}"
        + string.Concat(roles.Select(r => ",{\"typ\":\"roles\",\"val\":\"" + r + "\"}")) + "]}"));

    private static async Task<HttpResponseMessage> ListDecisions(ApiHost api, string? principal)
    {
        var client = api.CreateClient();
        if (principal is not null)
        {
            client.DefaultRequestHeaders.Add(PlatformPrincipalAuthentication.Header, principal);
        }

        return await client.GetAsync("/api/decisions?employeeId=E1007");
    }

    [Fact]
    public async Task An_app_role_in_the_principal_admits_its_endpoints()
    {
        (await ListDecisions(_api, Principal(Roles.Auditor))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_role_is_forbidden_and_unknown_roles_count_for_nothing()
    {
        (await ListDecisions(_api, Principal(Roles.Payroll))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ListDecisions(_api, Principal("Global.Admin", "AUDITOR"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_caller_name_from_the_token_is_recorded_with_the_decision()
    {
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Add(PlatformPrincipalAuthentication.Header, Principal(Roles.ReviewTooling));
        var response = await client.PostAsync("/api/eligibility", ApiHost.Json(Requests.Eligibility(Requests.Analyst)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"caller\":\"Review Tool (prod)\"");
    }

    [Fact]
    public async Task A_malformed_principal_is_unauthorized()
    {
        (await ListDecisions(_api, "not base64 json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_the_platform_in_front_the_header_is_ignored()
    {
        using var local = new ApiHost();
        (await ListDecisions(local, Principal(Roles.Auditor))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_api_key_still_works_beside_entra_id()
    {
        (await _api.As(Roles.Auditor).GetAsync("/api/decisions?employeeId=E1007")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
