using System.Net;
using System.Text;
using JobFramework.Comp.Api.Auth;

namespace JobFramework.Comp.Api.Tests;

/// <summary>Every role against every endpoint: the roles an endpoint serves get in, every other role gets 403, no key gets 401.</summary>
public sealed class RoleMatrixTests : IClassFixture<RoleMatrixTests.Host>
{
    private readonly Host _host;

    public RoleMatrixTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public ApiHost Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }

    private static readonly (string Method, string Path, string Body, string ContentType, string[] Roles)[] Endpoints =
    [
        ("POST", "/api/eligibility", Requests.Eligibility(Requests.Analyst), "application/json", [Roles.ReviewTooling]),
        ("POST", "/api/placements?asOf=2026-03-01", Requests.Analyst, "application/x-ndjson", [Roles.Payroll]),
        ("GET", "/api/placements/E1007", "", "", [Roles.Payroll]),
        ("POST", "/api/mobility", Requests.Eligibility(Requests.Analyst), "application/json", [Roles.ReviewTooling]),
        ("GET", "/api/roles?skill=sql", "", "", Roles.All),
        ("GET", "/api/roles/data-ic3/map?depth=2&format=svg", "", "", Roles.All),
        ("GET", "/api/framework", "", "", Roles.All),
        ("GET", "/api/releases", "", "", Roles.All),
        ("GET", "/api/schema/employee?asOf=2026-03-01", "", "", Roles.All),
        ("GET", "/api/workflows?asOf=2027-09-01", "", "", Roles.All),
        ("GET", "/api/schema/workflows/merit?asOf=2027-09-01", "", "", Roles.All),
        ("POST", "/api/workflows/merit/evaluations", """{"employee": {"id": "M1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750, "rating": 4}, "asOf": "2027-09-01"}""", "application/json", [Roles.CompAdmin, Roles.ReviewTooling]),
        ("POST", "/api/workflows/step-increase/evaluations", """{"employee": {"id": "M1", "family": "engineering", "track": "ic", "level": 1, "region": "us", "baseSalary": 78000, "rating": 4}, "asOf": "2027-09-01"}""", "application/json", [Roles.CompAdmin, Roles.Payroll]),
        ("POST", "/api/rules/validate", """{"files": {}}""", "application/json", [Roles.CompAdmin]),
        ("POST", "/api/releases/reload", "", "", [Roles.CompAdmin]),
        ("GET", "/api/decisions/00-000000000001", "", "", [Roles.Auditor]),
        ("GET", "/api/decisions?employeeId=E1007", "", "", [Roles.Auditor]),
        ("POST", "/api/decisions/00-000000000001/replay", "", "", [Roles.Auditor]),
        ("POST", "/api/people/snapshots?takenOn=2026-11-30", "id,name,family,track,level,region,baseSalary\nP1,Pat,data,ic,3,sg,98000\n", "text/csv", [Roles.Payroll, Roles.CompAdmin]),
        ("GET", "/api/people/snapshots", "", "", [Roles.Payroll, Roles.CompAdmin]),
        ("GET", "/api/postings/eng-ic4?region=us&asOf=2026-11-30", "", "", Roles.All),
        ("GET", "/api/people/E1001/review-guide", "", "", [Roles.ReviewTooling, Roles.CompAdmin]),
        ("GET", "/api/people/E1001/pay-information", "", "", [Roles.CompAdmin]),
        ("GET", "/api/transparency/gap-report", "", "", [Roles.CompAdmin, Roles.Auditor]),
        ("GET", "/api/transparency/criteria/engineering/ic?asOf=2027-07-01", "", "", Roles.All),
    ];

    public static TheoryData<string, string, string?> Matrix()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var endpoint in Endpoints)
        {
            data.Add(endpoint.Method, endpoint.Path, null);
            foreach (var role in Roles.All)
            {
                data.Add(endpoint.Method, endpoint.Path, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_endpoint_admits_exactly_its_roles(string method, string path, string? role)
    {
        var endpoint = Endpoints.Single(e => e.Method == method && e.Path == path);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (endpoint.ContentType.Length > 0)
        {
            request.Content = new StringContent(endpoint.Body, Encoding.UTF8, endpoint.ContentType);
        }

        var response = await _host.Api.As(role).SendAsync(request);

        if (role is null)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        else if (endpoint.Roles.Contains(role))
        {
            response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
            response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
            ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync());
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }
}
