using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using JobFramework.Comp.Api.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// The real service through its real HTTP pipeline, on the sample rules, with its own SQLite audit log and
/// one API key per role (configured, as in production, by SHA-256 only).
/// </summary>
public class ApiHost : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    private readonly string _rules;

    public ApiHost(string? auditStore = null, string? rules = null)
    {
        AuditStore = auditStore ?? _folder.File("audit.db");
        _rules = rules ?? Repository.Rules;
    }

    public string AuditStore { get; }

    public static string KeyFor(string role) => "test-key-" + role;

    /// <summary>A client that sends the key of <paramref name="role"/> (or none).</summary>
    public HttpClient As(string? role)
    {
        var client = CreateClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, KeyFor(role));
        }

        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Comp:Rules", _rules);
        builder.UseSetting("Comp:AuditStore", AuditStore);
        builder.UseSetting("Comp:People:Store", _folder.File("people.db"));
        builder.UseSetting("Comp:People:SeedSnapshot", "");
        builder.UseSetting("Comp:MaxRequestBytes", "65536");
        foreach (var role in Roles.All)
        {
            builder.UseSetting($"Comp:ApiKeys:{role}:Sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(KeyFor(role)))));
            builder.UseSetting($"Comp:ApiKeys:{role}:Roles:0", role);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
