using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Audit.Tests.Support;

namespace JobFramework.Comp.Audit.Tests;

/// <summary>
/// The Microsoft Entra ID path (a <see cref="TokenCredential"/>, as DefaultAzureCredential or a managed identity gives
/// one in Azure) against a real Azurite in its OAuth mode, which needs HTTPS: a certificate made for the test, Azurite
/// started with it and <c>--oauth basic</c> (it checks the token's issuer, audience and expiry, not its signature).
/// </summary>
public sealed class TableCredentialTests : IDisposable
{
    private const string Tenant = "ab1f708d-50f6-404c-a006-d71b2ac7a606";

    private readonly TempFolder _folder = new();
    private readonly X509Certificate2 _certificate;
    private readonly AzuriteServer _server;

    public TableCredentialTests()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(_folder.File("cert.pem"), _certificate.ExportCertificatePem());
        File.WriteAllText(_folder.File("key.pem"), key.ExportPkcs8PrivateKeyPem());
        _server = AzuriteServer.Start(null, null, "--cert", _folder.File("cert.pem"), "--key", _folder.File("key.pem"), "--oauth", "basic");
    }

    public void Dispose()
    {
        _server.Dispose();
        _certificate.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_token_credential_appends_and_reads_decisions_over_https()
    {
        var credential = new EntraToken(TimeSpan.FromHours(1));
        await using var log = new TableDecisionLog(Table(credential));

        var recorded = await log.AppendBatchAsync([Decisions.Placement("T1", key: "k-t1"), Decisions.Placement("T2", key: "k-t2")]);

        recorded.ShouldAllBe(r => r.Created);
        (await log.GetAsync(recorded[0].Record.DecisionId)).ShouldNotBeNull().Output.ShouldBe(recorded[0].Record.Output);
        (await log.AppendAsync(Decisions.Placement("T1", key: "k-t1"))).Created.ShouldBeFalse();
        credential.Scopes.ShouldBe(["https://storage.azure.com/.default"]);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_what_to_do_and_nothing_is_recorded()
    {
        await using var log = new TableDecisionLog(Table(new EntraToken(TimeSpan.FromHours(-1))));

        var error = await Should.ThrowAsync<AuditStoreException>(() => log.AppendAsync(Decisions.Placement("T3")));

        error.Message.ShouldContain("access denied");
        error.Message.ShouldContain("the credential was refused — its token may have expired");
        (await Table(new EntraToken(TimeSpan.FromHours(1))).ExistsAsync()).ShouldBeFalse();
    }

    private AuditTable Table(TokenCredential credential)
    {
        var options = AuditTableOptions.Create();
        options.Retry.MaxRetries = 0;
        options.Transport = new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == _certificate.Thumbprint,
        });
        var connection = TableConnection.Parse($"AccountName={TableConnection.DevelopmentAccount};TableEndpoint=https://127.0.0.1:{_server.Port}/{TableConnection.DevelopmentAccount}");
        return new AuditTable(connection, "decisions", options, credential);
    }

    /// <summary>A token shaped as Microsoft Entra ID issues them for Storage; unsigned, which Azurite does not check.</summary>
    private sealed class EntraToken(TimeSpan lifetime) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes)
            {
                Scopes.AddRange(requestContext.Scopes.Except(Scopes));
            }

            var expires = DateTimeOffset.UtcNow.Add(lifetime);
            string header = Encode(new { typ = "JWT", alg = "RS256", kid = "test" });
            string payload = Encode(new
            {
                aud = "https://storage.azure.com",
                iss = $"https://sts.windows.net/{Tenant}/",
                iat = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(),
                nbf = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(),
                exp = expires.ToUnixTimeSeconds(),
                oid = "5d0f7a1c-2a3b-4c5d-8e9f-0a1b2c3d4e5f",
                tid = Tenant,
            });
            return new AccessToken($"{header}.{payload}.c2lnbmF0dXJl", expires);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));

        private static string Encode(object value) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
