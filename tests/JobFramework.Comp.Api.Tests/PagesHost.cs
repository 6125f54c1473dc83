using System.Net;
using System.Text;
using JobFramework.Comp.Api.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// The service with its pages, a seeded roster snapshot and a fixed date, behind App Service authentication (the
/// platform principal says who is looking) unless <paramref name="entraId"/> is false; <paramref name="settings"/> are more.
/// </summary>
public sealed class PagesHost(string? rules = null, string? snapshot = null, string asOf = "2026-11-30", bool entraId = true, params (string Key, string Value)[] settings)
    : ApiHost(rules: rules)
{
    /// <summary>An X-MS-CLIENT-PRINCIPAL as App Service authentication sends it: a name, the employeeid claim, app roles.</summary>
    public static string Principal(string name, string? employeeId = null, params string[] roles) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        "{\"auth_typ\":\"aad\",\"name_typ\":\"name\",\"role_typ\":\"roles\",\"claims\":["
        + "{\"typ\":\"name\",\"val\":\"" + name + "\"}"
        + (employeeId is null ? "" : ",{\"typ\":\"employeeid\",\"val\":\"" + employeeId + "\"}")
        + string.Concat(roles.Select(r => ",{\"typ\":\"roles\",\"val\":\"" + r + "\"}")) + "]}"));

    /// <summary>A page as a browser gets it, redirects not followed.</summary>
    public async Task<(HttpStatusCode Status, string Body, Uri? Location)> GetAsync(string path, string? principal = null, string? apiKeyRole = null)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (principal is not null)
        {
            client.DefaultRequestHeaders.Add(PlatformPrincipalAuthentication.Header, principal);
        }

        if (apiKeyRole is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, KeyFor(apiKeyRole));
        }

        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(PlatformPrincipalAuthentication.EnabledSetting, entraId ? "true" : "false");
        builder.UseSetting("Comp:People:SeedSnapshot", snapshot ?? Repository.Sample("people.csv"));
        builder.UseSetting("Comp:People:AsOf", asOf);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
