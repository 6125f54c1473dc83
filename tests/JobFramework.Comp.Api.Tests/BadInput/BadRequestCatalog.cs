using System.Text;
using JobFramework.Comp.Api.Auth;

namespace JobFramework.Comp.Api.Tests.BadInput;

/// <summary>
/// The bad-input campaign as data: every kind of client mistake against every endpoint — malformed and
/// truncated JSON, wrong types, nulls, huge numbers, NaN, absurd amounts, oversized and deeply nested bodies,
/// odd characters, repeated keys, unknown fields and parameters, wrong content types, missing or wrong keys
/// for each role. Each case names the status and the field (or text) the problem must name.
/// </summary>
internal static class BadRequestCatalog
{
    private const string Valid = """{"id":"E1007","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000,"rating":4,"monthsInLevel":16,"scope":3,"skills":["sql:3","tableau:1"]}""";

    /// <summary>The valid employee with one field's JSON value replaced (or removed, for null), as raw JSON.</summary>
    private static string With(string field, string? json)
    {
        var fields = new List<(string Name, string Json)>
        {
            ("id", "\"E1007\""), ("family", "\"data\""), ("track", "\"ic\""), ("level", "3"), ("region", "\"sg\""),
            ("baseSalary", "98000"), ("rating", "4"), ("monthsInLevel", "16"), ("scope", "3"), ("skills", """["sql:3","tableau:1"]"""),
        };
        int at = fields.FindIndex(f => f.Name == field);
        if (at < 0)
        {
            fields.Add((field, json!));
        }
        else if (json is null)
        {
            fields.RemoveAt(at);
        }
        else
        {
            fields[at] = (field, json);
        }

        return "{" + string.Join(",", fields.Select(f => $"\"{f.Name}\":{f.Json}")) + "}";
    }

    private static string Body(string employee, string rest = """, "asOf": "2026-03-01" """) => $$"""{"employee": {{employee}}{{rest}}}""";

    /// <summary>Mistakes inside the employee snapshot: (mistake, employee JSON, field named).</summary>
    private static IEnumerable<(string Mistake, string Employee, string Field)> EmployeeMistakes()
    {
        yield return ("id of only spaces", With("id", "\"   \""), "employee.id");
        yield return ("id with a lone surrogate", With("id", "\"X\\ud800\""), "employee.id");
        yield return ("id with a lone low surrogate", With("id", "\"X\\udc00Y\""), "employee.id");
        yield return ("id with NUL", With("id", "\"E1\\u0000\""), "employee.id");
        yield return ("id with a tab", With("id", "\"E\\t1\""), "employee.id");
        yield return ("id with DEL", With("id", "\"E\\u007f1\""), "employee.id");
        yield return ("id with a C1 control", With("id", "\"E\\u00851\""), "employee.id");
        yield return ("id with the replacement character", With("id", "\"E\\ufffd\""), "employee.id");
        yield return ("id with a leading space", With("id", "\" E1007\""), "employee.id");
        yield return ("id over 64 characters", With("id", "\"" + new string('x', 65) + "\""), "employee.id");
        yield return ("id 2,000 characters", With("id", "\"" + new string('x', 2000) + "\""), "employee.id");
        yield return ("id empty", With("id", "\"\""), "employee.id");
        yield return ("id as object", With("id", "{}"), "employee.id");
        yield return ("id as array", With("id", "[1]"), "employee.id");
        yield return ("id null", With("id", "null"), "employee.id");
        yield return ("id missing", With("id", null), "employee.id");
        yield return ("id as boolean", With("id", "true"), "employee.id");
        yield return ("family unknown", With("family", "\"dat\""), "employee.family");
        yield return ("family empty", With("family", "\"\""), "employee.family");
        yield return ("family as number", With("family", "7"), "employee.family");
        yield return ("family with NUL", With("family", "\"data\\u0000\""), "employee.family");
        yield return ("track unknown", With("track", "\"icc\""), "employee.track");
        yield return ("track missing", With("track", null), "employee.track");
        yield return ("level as text", With("level", "\"three\""), "employee.level");
        yield return ("level negative", With("level", "-1"), "employee.level");
        yield return ("level fractional", With("level", "3.5"), "employee.level");
        yield return ("level huge", With("level", "1e400"), "employee.level");
        yield return ("level not on the track", With("level", "42"), "employee.level");
        yield return ("level null", With("level", "null"), "employee.level");
        yield return ("region unknown (gb)", With("region", "\"gb\""), "employee.region");
        yield return ("region with a lone surrogate", With("region", "\"s\\ud83dg\""), "employee.region");
        yield return ("region as array", With("region", "[\"sg\"]"), "employee.region");
        yield return ("focus not at the level", With("focus", "\"dei\""), "employee.focus");
        yield return ("focus as number", With("focus", "1"), "employee.focus");
        yield return ("salary negative", With("baseSalary", "-1"), "employee.baseSalary");
        yield return ("salary zero", With("baseSalary", "0"), "employee.baseSalary");
        yield return ("salary absurd", With("baseSalary", "1e12"), "employee.baseSalary");
        yield return ("salary beyond decimal", With("baseSalary", "1e400"), "employee.baseSalary");
        yield return ("salary as text", With("baseSalary", "\"98000\""), "employee.baseSalary");
        yield return ("salary with a thousands separator", With("baseSalary", "\"98,000\""), "employee.baseSalary");
        yield return ("salary null", With("baseSalary", "null"), "employee.baseSalary");
        yield return ("salary missing", With("baseSalary", null), "employee.baseSalary");
        yield return ("salary finer than a cent (1e-7)", With("baseSalary", "1e-7"), "employee.baseSalary");
        yield return ("salary with a tenth of a cent", With("baseSalary", "98000.001"), "employee.baseSalary");
        yield return ("salary as object", With("baseSalary", "{\"amount\":1}"), "employee.baseSalary");
        yield return ("currency unknown", With("currency", "\"XXY\""), "employee.currency");
        yield return ("currency as number", With("currency", "840"), "employee.currency");
        yield return ("currency not the band's", With("currency", "\"USD\""), "employee.currency");
        yield return ("rating zero", With("rating", "0"), "employee.rating");
        yield return ("rating six", With("rating", "6"), "employee.rating");
        yield return ("rating as text", With("rating", "\"4\""), "employee.rating");
        yield return ("rating fractional", With("rating", "4.5"), "employee.rating");
        yield return ("months in level negative", With("monthsInLevel", "-1"), "employee.monthsInLevel");
        yield return ("months in level absurd", With("monthsInLevel", "601"), "employee.monthsInLevel");
        yield return ("scope over the scale", With("scope", "11"), "employee.scope");
        yield return ("team size negative", With("teamSize", "-1"), "employee.teamSize");
        yield return ("mentorship absurd", With("mentorship", "1001"), "employee.mentorship");
        yield return ("thought leadership as text", With("thoughtLeadership", "\"x\""), "employee.thoughtLeadership");
        yield return ("budget negative", With("budget", "-5"), "employee.budget");
        yield return ("budget finer than a cent", With("budget", "0.001"), "employee.budget");
        yield return ("skills as text", With("skills", "\"sql\""), "employee.skills");
        yield return ("skill unknown", With("skills", "[\"sqll:3\"]"), "employee.skills[0]");
        yield return ("skill proficiency over the scale", With("skills", "[\"sql:11\"]"), "employee.skills[0]");
        yield return ("skill proficiency as text", With("skills", "[\"sql:x\"]"), "employee.skills[0]");
        yield return ("skill id with NUL", With("skills", "[\"sq\\u0000l\"]"), "employee.skills[0]");
        yield return ("skill given twice as an object key", With("skills", "{\"sql\":3,\"sql\":1}"), "employee.skills.sql");
        yield return ("skill level as text in the object form", With("skills", "{\"sql\":\"3\"}"), "employee.skills.sql");
        yield return ("101 skills", With("skills", "[" + string.Join(",", Enumerable.Range(0, 101).Select(_ => "\"sql:3\"")) + "]"), "employee.skills");
        yield return ("3,000 certifications", With("certifications", "[" + string.Join(",", Enumerable.Range(0, 3000).Select(i => $"\"c{i}\"")) + "]"), "employee.certifications");
        yield return ("certification as number", With("certifications", "[7]"), "employee.certifications[0]");
        yield return ("certification empty", With("certifications", "[\"\"]"), "employee.certifications[0]");
        yield return ("certification with a control character", With("certifications", "[\"a\\u0001\"]"), "employee.certifications[0]");
        yield return ("certifications as object", With("certifications", "{}"), "employee.certifications");
        yield return ("salary given twice", "{\"id\":\"E1007\",\"family\":\"data\",\"track\":\"ic\",\"level\":3,\"region\":\"sg\",\"baseSalary\":1,\"baseSalary\":98000}", "employee.baseSalary");
        yield return ("unknown field (salary)", With("salary", "98000"), "employee.salary");
        yield return ("unknown field (sex)", With("sex", "\"f\""), "employee.sex");
        yield return ("employee as array", "[]", "employee");
        yield return ("employee as text", "\"E1007\"", "employee");
        yield return ("employee null", "null", "employee");
        yield return ("employee empty object", "{}", "employee.id");
    }

    /// <summary>Mistakes in the whole request body: (mistake, body bytes, content type, status, named).</summary>
    private static IEnumerable<(string Mistake, byte[] Body, string ContentType, int Status, string Named)> BodyMistakes()
    {
        const string json = "application/json";
        string valid = Body(Valid);
        yield return ("malformed JSON", BadRequest.Utf8("{\"employee\": {\"id\": \"E1\","), json, 400, "$");
        yield return ("truncated JSON", BadRequest.Utf8(valid[..(valid.Length / 2)]), json, 400, "$");
        yield return ("empty body", [], json, 400, "$");
        yield return ("body null", BadRequest.Utf8("null"), json, 400, "$");
        yield return ("body an array", BadRequest.Utf8("[]"), json, 400, "$");
        yield return ("body a number", BadRequest.Utf8("42"), json, 400, "$");
        yield return ("body NaN", BadRequest.Utf8("NaN"), json, 400, "$");
        yield return ("salary NaN", BadRequest.Utf8(Body(With("baseSalary", "NaN"))), json, 400, "$");
        yield return ("salary Infinity", BadRequest.Utf8(Body(With("baseSalary", "Infinity"))), json, 400, "$");
        yield return ("trailing content", BadRequest.Utf8(valid + "{}"), json, 400, "$");
        yield return ("comments", BadRequest.Utf8("/* hi */" + valid), json, 400, "$");
        yield return ("single quotes", BadRequest.Utf8(valid.Replace('"', '\'')), json, 400, "$");
        yield return ("deeply nested body", BadRequest.Utf8(Body(Valid, ", \"x\": " + new string('[', 40) + new string(']', 40))), json, 400, "$");
        yield return ("invalid UTF-8", [.. BadRequest.Utf8("{\"employee\": {\"id\": \"E"), 0xff, 0xfe, .. BadRequest.Utf8("\"}}")], json, 400, "$");
        yield return ("overlong UTF-8 encoding", [.. BadRequest.Utf8("{\"employee\": {\"id\": \"E"), 0xc0, 0xaf, .. BadRequest.Utf8("\"}}")], json, 400, "$");
        yield return ("raw NUL byte in a string", [.. BadRequest.Utf8("{\"employee\": {\"id\": \"E"), 0x00, .. BadRequest.Utf8("\"}}")], json, 400, "$");
        yield return ("UTF-16 body", Encoding.Unicode.GetBytes(valid), json, 400, "$");
        yield return ("lone surrogate in a field name", BadRequest.Utf8(Body(Valid, ", \"a\\ud800\": 1")), json, 400, "$");
        yield return ("employee given twice", BadRequest.Utf8("{\"employee\": " + Valid + ", \"employee\": " + Valid + "}"), json, 400, "employee");
        yield return ("asOf given twice", BadRequest.Utf8(Body(Valid, ", \"asOf\": \"2026-03-01\", \"asOf\": \"2026-04-01\"")), json, 400, "asOf");
        yield return ("unknown top-level field", BadRequest.Utf8(Body(Valid, ", \"dryRun\": true")), json, 400, "dryRun");
        yield return ("misspelt employee", BadRequest.Utf8("{\"employe\": " + Valid + "}"), json, 400, "employe");
        yield return ("employee missing", BadRequest.Utf8("{\"asOf\": \"2026-03-01\"}"), json, 400, "employee");
        yield return ("asOf in another format", BadRequest.Utf8(Body(Valid, ", \"asOf\": \"01/03/2026\"")), json, 400, "asOf");
        yield return ("asOf an impossible date", BadRequest.Utf8(Body(Valid, ", \"asOf\": \"2026-02-30\"")), json, 400, "asOf");
        yield return ("asOf as number", BadRequest.Utf8(Body(Valid, ", \"asOf\": 20260301")), json, 400, "asOf");
        yield return ("asOf before the first release", BadRequest.Utf8(Body(Valid, ", \"asOf\": \"2020-01-01\"")), json, 400, "asOf");
        yield return ("asOf with a time", BadRequest.Utf8(Body(Valid, ", \"asOf\": \"2026-03-01T00:00:00Z\"")), json, 400, "asOf");
        yield return ("oversized body", BadRequest.Utf8(Body(Valid, ", \"pad\": \"" + new string('x', 70_000) + "\"")), json, 413, "at most");
        yield return ("200 KB id", BadRequest.Utf8(Body(With("id", "\"" + new string('x', 200_000) + "\""))), json, 413, "at most");
        yield return ("text/plain", BadRequest.Utf8(valid), "text/plain", 415, "application/json");
        yield return ("application/json-patch+json", BadRequest.Utf8(valid), "application/json-patch+json", 415, "application/json");
        yield return ("application/jsonx", BadRequest.Utf8(valid), "application/jsonx", 415, "application/json");
        yield return ("application/xml", BadRequest.Utf8(valid), "application/xml", 415, "application/json");
        yield return ("a latin-1 charset", BadRequest.Utf8(valid), "application/json; charset=iso-8859-1", 415, "UTF-8");
        yield return ("multipart form", BadRequest.Utf8(valid), "multipart/form-data; boundary=x", 415, "application/json");
        yield return ("no content type", BadRequest.Utf8(valid), "", 415, "(none)");
    }

    public static IEnumerable<BadRequest> All()
    {
        foreach (string path in new[] { "/api/eligibility", "/api/mobility" })
        {
            foreach (var (mistake, employee, field) in EmployeeMistakes())
            {
                yield return new BadRequest(mistake, HttpMethod.Post, path, Roles.ReviewTooling, BadRequest.Utf8(Body(employee)), "application/json", 400, field);
            }

            foreach (var (mistake, body, contentType, status, named) in BodyMistakes())
            {
                yield return new BadRequest(mistake, HttpMethod.Post, path, Roles.ReviewTooling, body, contentType.Length == 0 ? null : contentType, status, named);
            }

            string valid = Body(Valid);
            yield return new BadRequest("unknown query parameter (dryRun)", HttpMethod.Post, path + "?dryRun=true", Roles.ReviewTooling, BadRequest.Utf8(valid), "application/json", 400, "dryRun");
            yield return new BadRequest("asOf in the URL", HttpMethod.Post, path + "?asOf=2026-03-01", Roles.ReviewTooling, BadRequest.Utf8(valid), "application/json", 400, "asOf");
            yield return new BadRequest("idempotency key too long", HttpMethod.Post, path, Roles.ReviewTooling, BadRequest.Utf8(valid), "application/json", 400, "Idempotency-Key", Key(new string('k', 201)));
            yield return new BadRequest("idempotency key with spaces", HttpMethod.Post, path, Roles.ReviewTooling, BadRequest.Utf8(valid), "application/json", 400, "Idempotency-Key", Key("a key"));
            yield return new BadRequest("idempotency key not ASCII", HttpMethod.Post, path, Roles.ReviewTooling, BadRequest.Utf8(valid), "application/json", 400, "Idempotency-Key", Key("clé"));
            yield return new BadRequest("no key", HttpMethod.Post, path, null, BadRequest.Utf8(valid), "application/json", 401, "X-Api-Key");
            yield return new BadRequest("a wrong key", HttpMethod.Post, path, "not-a-role", BadRequest.Utf8(valid), "application/json", 401, "X-Api-Key");
            foreach (string role in Roles.All.Where(r => r != Roles.ReviewTooling))
            {
                yield return new BadRequest("the " + role + " role", HttpMethod.Post, path, role, BadRequest.Utf8(valid), "application/json", 403, "roles");
            }
        }

        foreach (var (mistake, target, field) in new[]
        {
            ("target level as text", "{\"level\": \"five\"}", "target.level"),
            ("target level zero", "{\"level\": 0}", "target.level"),
            ("target level huge", "{\"level\": 1e10}", "target.level"),
            ("target role as number", "{\"roleId\": 5}", "target.roleId"),
            ("target role unknown", "{\"roleId\": \"data-ic9\"}", "target.roleId"),
            ("target unknown field", "{\"lvl\": 4}", "target.lvl"),
            ("target as array", "[4]", "target"),
            ("target level given twice", "{\"level\": 4, \"level\": 5}", "target.level"),
        })
        {
            yield return new BadRequest(mistake, HttpMethod.Post, "/api/eligibility", Roles.ReviewTooling, BadRequest.Utf8(Body(Valid, ", \"asOf\": \"2026-03-01\", \"target\": " + target)), "application/json", 400, field);
        }

        foreach (var request in SnapshotMistakes())
        {
            yield return request;
        }

        foreach (var request in WorkflowMistakes())
        {
            yield return request;
        }

        foreach (var request in PlacementRequestMistakes().Concat(QueryMistakes()))
        {
            yield return request;
        }
    }

    /// <summary>
    /// The workflow endpoint refuses every employee and body mistake the other decision endpoints refuse, and its own:
    /// bad inputs, a workflow the release does not have, a role the workflow does not declare.
    /// </summary>
    private static IEnumerable<BadRequest> WorkflowMistakes()
    {
        const string path = "/api/workflows/merit/evaluations", json = "application/json";
        foreach (var (mistake, employee, field) in EmployeeMistakes())
        {
            // As of a date whose release has the workflow, so the employee's own checks are what refuses it.
            yield return new BadRequest("workflow: " + mistake, HttpMethod.Post, path, Roles.CompAdmin, BadRequest.Utf8(Body(employee, ", \"asOf\": \"2027-09-01\"")), json, 400, field);
        }

        foreach (var (mistake, body, contentType, status, named) in BodyMistakes())
        {
            yield return new BadRequest("workflow: " + mistake, HttpMethod.Post, path, Roles.CompAdmin, body, contentType.Length == 0 ? null : contentType, status, named);
        }

        string InMerit(string inputs) => Body(Valid, ", \"asOf\": \"2027-09-01\", \"inputs\": " + inputs);
        foreach (var (mistake, inputs, field) in new[]
        {
            ("input above its maximum", "{\"prorationPct\": 150}", "inputs.prorationPct"),
            ("input below its minimum", "{\"prorationPct\": -1}", "inputs.prorationPct"),
            ("input as text", "{\"prorationPct\": \"half\"}", "inputs.prorationPct"),
            ("input as NaN text", "{\"prorationPct\": \"NaN\"}", "inputs.prorationPct"),
            ("input huge", "{\"prorationPct\": 1e300}", "inputs.prorationPct"),
            ("undeclared input", "{\"bonusPct\": 5}", "inputs.bonusPct"),
            ("inputs as array", "[50]", "inputs"),
            ("inputs as number", "50", "inputs"),
            ("input given twice", "{\"prorationPct\": 50, \"prorationPct\": 60}", "inputs.prorationPct"),
        })
        {
            yield return new BadRequest("workflow: " + mistake, HttpMethod.Post, path, Roles.CompAdmin, BadRequest.Utf8(InMerit(inputs)), json, 400, field);
        }

        yield return new BadRequest("workflow: unknown workflow", HttpMethod.Post, "/api/workflows/merrit/evaluations", Roles.CompAdmin, BadRequest.Utf8(InMerit("{}")), json, 404, "merrit");
        yield return new BadRequest("workflow: not in the release in effect", HttpMethod.Post, path, Roles.CompAdmin, BadRequest.Utf8(Body(Valid)), json, 404, "merit");
        yield return new BadRequest("workflow: unknown query parameter", HttpMethod.Post, path + "?dryRun=true", Roles.CompAdmin, BadRequest.Utf8(InMerit("{}")), json, 400, "dryRun");
        foreach (string role in new[] { Roles.Payroll, Roles.Auditor })
        {
            yield return new BadRequest("workflow: the " + role + " role", HttpMethod.Post, path, role, BadRequest.Utf8(InMerit("{}")), json, 403, "roles");
        }

        BadRequest Get(string mistake, string url, int status, string named) => new("workflow: " + mistake, HttpMethod.Get, url, Roles.Payroll, null, null, status, named);
        yield return Get("list asOf not a date", "/api/workflows?asOf=later", 400, "asOf");
        yield return Get("list unknown parameter", "/api/workflows?name=merit", 400, "name");
        yield return Get("schema of an unknown workflow", "/api/schema/workflows/merrit?asOf=2027-09-01", 404, "merrit");
        yield return Get("schema asOf before the first release", "/api/schema/workflows/merit?asOf=2001-01-01", 400, "asOf");
    }

    /// <summary>Mistakes that refuse a placement stream whole (before any row): the rows' own mistakes are error lines, tested apart.</summary>
    private static IEnumerable<BadRequest> PlacementRequestMistakes()
    {
        byte[] row = BadRequest.Utf8(Valid);
        const string path = "/api/placements?asOf=2026-03-01";
        yield return new BadRequest("text/plain roster", HttpMethod.Post, path, Roles.Payroll, row, "text/plain", 415, "application/x-ndjson");
        yield return new BadRequest("json-patch roster", HttpMethod.Post, path, Roles.Payroll, row, "application/json-patch+json", 415, "application/x-ndjson");
        yield return new BadRequest("csv roster", HttpMethod.Post, path, Roles.Payroll, BadRequest.Utf8("id,family\nE1,data"), "text/csv", 415, "application/x-ndjson");
        yield return new BadRequest("roster without content type", HttpMethod.Post, path, Roles.Payroll, row, null, 415, "(none)");
        yield return new BadRequest("asOf not a date", HttpMethod.Post, "/api/placements?asOf=tomorrow", Roles.Payroll, row, "application/x-ndjson", 400, "asOf");
        yield return new BadRequest("asOf before the first release", HttpMethod.Post, "/api/placements?asOf=2001-01-01", Roles.Payroll, row, "application/x-ndjson", 400, "asOf");
        yield return new BadRequest("asOf given twice", HttpMethod.Post, path + "&asOf=2026-04-01", Roles.Payroll, row, "application/x-ndjson", 400, "asOf");
        yield return new BadRequest("unknown parameter (dryRun)", HttpMethod.Post, path + "&dryRun=true", Roles.Payroll, row, "application/x-ndjson", 400, "dryRun");
        yield return new BadRequest("an array that is not one", HttpMethod.Post, path, Roles.Payroll, BadRequest.Utf8("[{\"id\": \"E1\", "), "application/json", 400, "$");
        yield return new BadRequest("an object instead of an array", HttpMethod.Post, path, Roles.Payroll, row, "application/json", 400, "$");
        yield return new BadRequest("no key", HttpMethod.Post, path, null, row, "application/x-ndjson", 401, "X-Api-Key");
        foreach (string role in Roles.All.Where(r => r != Roles.Payroll))
        {
            yield return new BadRequest("the " + role + " role", HttpMethod.Post, path, role, row, "application/x-ndjson", 403, "roles");
        }
    }

    /// <summary>Mistakes that refuse a roster snapshot whole: its rows, its header, its content type, its date, the caller.</summary>
    private static IEnumerable<BadRequest> SnapshotMistakes()
    {
        const string path = "/api/people/snapshots?takenOn=2026-11-30";
        const string header = "id,name,managerId,mentor,family,track,level,region,baseSalary\n";
        BadRequest Csv(string mistake, string body, string named) => new(mistake, HttpMethod.Post, path, Roles.Payroll, BadRequest.Utf8(body), "text/csv", 400, named);
        yield return Csv("a row without a name", header + "P1,,,false,data,ic,3,sg,98000\n", "line 2: name");
        yield return Csv("a manager not in the snapshot", header + "P1,Pat,P9,false,data,ic,3,sg,98000\n", "line 2: managerId");
        yield return Csv("a person managing themselves", header + "P1,Pat,P1,false,data,ic,3,sg,98000\n", "line 2: managerId");
        yield return Csv("a mentor flag that is not one", header + "P1,Pat,,often,data,ic,3,sg,98000\n", "line 2: mentor");
        yield return Csv("an unknown region", header + "P1,Pat,,false,data,ic,3,mars,98000\n", "line 2: region");
        yield return Csv("a negative salary", header + "P1,Pat,,false,data,ic,3,sg,-5\n", "line 2: baseSalary");
        yield return Csv("an id twice", header + "P1,Pat,,false,data,ic,3,sg,98000\nP1,Pat,,false,data,ic,3,sg,98000\n", "line 3: id");
        yield return Csv("a roster without the name column", "id,family,track,level,region,baseSalary\nP1,data,ic,3,sg,98000\n", "line 1: header");
        yield return Csv("no people", header, "line 1: $");
        yield return new BadRequest("a line that is not JSON", HttpMethod.Post, path, Roles.Payroll, BadRequest.Utf8("{\"id\": \n"), "application/x-ndjson", 400, "line 1: $");
        yield return new BadRequest("bytes that are not UTF-8", HttpMethod.Post, path, Roles.Payroll, [.. BadRequest.Utf8(header + "P1,P"), 0xC3, 0x28, .. BadRequest.Utf8("t,,false,data,ic,3,sg,98000\n")], "text/csv", 400, "body");
        yield return new BadRequest("a JSON array", HttpMethod.Post, path, Roles.Payroll, BadRequest.Utf8("[]"), "application/json", 415, "text/csv");
        yield return new BadRequest("takenOn not a date", HttpMethod.Post, "/api/people/snapshots?takenOn=soon", Roles.Payroll, BadRequest.Utf8(header), "text/csv", 400, "takenOn");
        yield return new BadRequest("takenOn before the first release", HttpMethod.Post, "/api/people/snapshots?takenOn=2001-01-01", Roles.Payroll, BadRequest.Utf8(header), "text/csv", 400, "takenOn");
        yield return new BadRequest("unknown parameter (replace)", HttpMethod.Post, path + "&replace=true", Roles.Payroll, BadRequest.Utf8(header), "text/csv", 400, "replace");
        yield return new BadRequest("snapshot without a key", HttpMethod.Post, path, null, BadRequest.Utf8(header), "text/csv", 401, "X-Api-Key");
        foreach (var (mistake, url, status, named) in new[]
        {
            ("posting without a region", "/api/postings/eng-ic4?asOf=2026-11-30", 400, "region"),
            ("posting in an unknown region", "/api/postings/eng-ic4?region=mars&asOf=2026-11-30", 400, "region"),
            ("posting of an unknown role", "/api/postings/eng-ic44?region=us&asOf=2026-11-30", 404, "eng-ic44"),
            ("posting asOf not a date", "/api/postings/eng-ic4?region=us&asOf=someday", 400, "asOf"),
            ("posting unknown parameter", "/api/postings/eng-ic4?region=us&currency=EUR", 400, "currency"),
        })
        {
            yield return new BadRequest(mistake, HttpMethod.Get, url, Roles.Payroll, null, null, status, named);
        }

        yield return new BadRequest("snapshot by review tooling", HttpMethod.Post, path, Roles.ReviewTooling, BadRequest.Utf8(header), "text/csv", 403, "roles");
        foreach (var (mistake, url, role, status, named) in new[]
        {
            ("criteria of an unknown family", "/api/transparency/criteria/enginering/ic?asOf=2027-07-01", Roles.Payroll, 400, "family"),
            ("criteria of an unknown track", "/api/transparency/criteria/engineering/icc?asOf=2027-07-01", Roles.Payroll, 400, "track"),
            ("criteria level as text", "/api/transparency/criteria/engineering/ic?level=four", Roles.Payroll, 400, "level"),
            ("criteria into the bottom level", "/api/transparency/criteria/engineering/ic?level=1&asOf=2027-07-01", Roles.Payroll, 400, "level"),
            ("criteria in an unknown format", "/api/transparency/criteria/engineering/ic?format=pdf", Roles.Payroll, 400, "format"),
            ("gap report in an unknown format", "/api/transparency/gap-report?format=xlsx", Roles.CompAdmin, 400, "format"),
            ("gap report of an unknown snapshot", "/api/transparency/gap-report?snapshot=1999-01-01", Roles.CompAdmin, 404, "1999-01-01"),
            ("gap report unknown parameter", "/api/transparency/gap-report?region=de", Roles.CompAdmin, 400, "region"),
            ("review guide asOf not a date", "/api/people/E1001/review-guide?asOf=soon", Roles.ReviewTooling, 400, "asOf"),
            ("review guide unknown parameter", "/api/people/E1001/review-guide?level=4", Roles.ReviewTooling, 400, "level"),
            ("pay information unknown parameter", "/api/people/E1001/pay-information?sex=female", Roles.CompAdmin, 400, "sex"),
            ("pay information by payroll", "/api/people/E1001/pay-information", Roles.Payroll, 403, "roles"),
        })
        {
            yield return new BadRequest(mistake, HttpMethod.Get, url, role, null, null, status, named);
        }
    }

    /// <summary>Mistakes in the query strings and route values of the read endpoints.</summary>
    private static IEnumerable<BadRequest> QueryMistakes()
    {
        BadRequest Get(string mistake, string path, string role, int status, string named) => new(mistake, HttpMethod.Get, path, role, null, null, status, named);
        yield return Get("page size as text", "/api/decisions?employeeId=E1&pageSize=abc", Roles.Auditor, 400, "pageSize");
        yield return Get("page size zero", "/api/decisions?employeeId=E1&pageSize=0", Roles.Auditor, 400, "pageSize");
        yield return Get("page size huge", "/api/decisions?employeeId=E1&pageSize=99999999999", Roles.Auditor, 400, "pageSize");
        yield return Get("page size negative", "/api/decisions?employeeId=E1&pageSize=-5", Roles.Auditor, 400, "pageSize");
        yield return Get("employee id missing", "/api/decisions", Roles.Auditor, 400, "employeeId");
        yield return Get("employee id of spaces", "/api/decisions?employeeId=%20%20", Roles.Auditor, 400, "employeeId");
        yield return Get("employee id with NUL", "/api/decisions?employeeId=E%001", Roles.Auditor, 400, "employeeId");
        yield return Get("continuation forged", "/api/decisions?employeeId=E1&continuation=not-a-token", Roles.Auditor, 400, "continuation");
        yield return Get("unknown parameter on decisions", "/api/decisions?employeeId=E1&sort=asc", Roles.Auditor, 400, "sort");
        yield return Get("repeated parameter on decisions", "/api/decisions?employeeId=E1&employeeId=E2", Roles.Auditor, 400, "employeeId");
        yield return Get("unknown parameter on a decision", "/api/decisions/00-000000000001?verbose=1", Roles.Auditor, 400, "verbose");
        yield return Get("placement asOf not a date", "/api/placements/E1?asOf=never", Roles.Payroll, 400, "asOf");
        yield return Get("placement of an id with spaces", "/api/placements/%20E1", Roles.Payroll, 400, "employeeId");
        yield return Get("placement of an id with a control", "/api/placements/E%011", Roles.Payroll, 400, "employeeId");
        yield return Get("placement unknown parameter", "/api/placements/E1?format=csv", Roles.Payroll, 400, "format");
        yield return Get("roles level as text", "/api/roles?level=three", Roles.Payroll, 400, "level");
        yield return Get("roles unknown family", "/api/roles?family=dat", Roles.Payroll, 400, "family");
        yield return Get("roles unknown parameter", "/api/roles?color=red", Roles.Payroll, 400, "color");
        yield return Get("map depth zero", "/api/roles/data-ic3/map?depth=0", Roles.Auditor, 400, "depth");
        yield return Get("map depth as text", "/api/roles/data-ic3/map?depth=deep", Roles.Auditor, 400, "depth");
        yield return Get("map format unknown", "/api/roles/data-ic3/map?format=pdf", Roles.Auditor, 400, "format");
        yield return Get("map unknown role", "/api/roles/nobody/map", Roles.Auditor, 404, "nobody");
        yield return Get("framework asOf not a date", "/api/framework?asOf=2026-13-01", Roles.CompAdmin, 400, "asOf");
        yield return Get("framework unknown parameter", "/api/framework?release=2026-h1", Roles.CompAdmin, 400, "release");
        yield return Get("releases unknown parameter", "/api/releases?all=true", Roles.CompAdmin, 400, "all");
        yield return Get("employee schema asOf not a date", "/api/schema/employee?asOf=soon", Roles.Payroll, 400, "asOf");
        yield return Get("employee schema before the first release", "/api/schema/employee?asOf=2001-01-01", Roles.Payroll, 400, "asOf");
        yield return Get("employee schema unknown parameter", "/api/schema/employee?release=2026-h1", Roles.Payroll, 400, "release");
        yield return Get("decisions for payroll", "/api/decisions?employeeId=E1", Roles.Payroll, 403, "roles");
        yield return Get("a decision for review tooling", "/api/decisions/00-000000000001", Roles.ReviewTooling, 403, "roles");
        yield return Get("a decision that does not exist", "/api/decisions/00-000000000001", Roles.Auditor, 404, "00-000000000001");
        yield return Get("a decision id that is not one", "/api/decisions/not-an-id", Roles.Auditor, 404, "not-an-id");
        yield return new BadRequest("replay with a body and a parameter", HttpMethod.Post, "/api/decisions/00-000000000001/replay?force=true", Roles.Auditor, null, null, 400, "force");
        yield return new BadRequest("reload with a parameter", HttpMethod.Post, "/api/releases/reload?now=1", Roles.CompAdmin, null, null, 400, "now");
        yield return new BadRequest("validate without files", HttpMethod.Post, "/api/rules/validate", Roles.CompAdmin, BadRequest.Utf8("{}"), "application/json", 400, "files");
        yield return new BadRequest("validate with a file as number", HttpMethod.Post, "/api/rules/validate", Roles.CompAdmin, BadRequest.Utf8("{\"files\": {\"release.json\": 1}}"), "application/json", 400, "files.release.json");
        yield return new BadRequest("validate as text/plain", HttpMethod.Post, "/api/rules/validate", Roles.CompAdmin, BadRequest.Utf8("{\"files\": {}}"), "text/plain", 415, "application/json");
        yield return new BadRequest("validate with a repeated file", HttpMethod.Post, "/api/rules/validate", Roles.CompAdmin, BadRequest.Utf8("{\"files\": {\"a.json\": \"{}\", \"a.json\": \"{}\"}}"), "application/json", 400, "files.a.json");
        yield return new BadRequest("validate with a lone surrogate in a file", HttpMethod.Post, "/api/rules/validate", Roles.CompAdmin, BadRequest.Utf8("{\"files\": {\"release.json\": \"{\\ud800}\"}}"), "application/json", 400, "files.release.json");
        yield return new BadRequest("validate with files as an array", HttpMethod.Post, "/api/rules/validate", Roles.CompAdmin, BadRequest.Utf8("{\"files\": []}"), "application/json", 400, "files");
        yield return new BadRequest("validate with an unknown field", HttpMethod.Post, "/api/rules/validate", Roles.CompAdmin, BadRequest.Utf8("{\"files\": {}, \"publish\": true}"), "application/json", 400, "publish");
        yield return new BadRequest("reload for the auditor", HttpMethod.Post, "/api/releases/reload", Roles.Auditor, null, null, 403, "roles");
    }

    private static Dictionary<string, string> Key(string value) => new() { ["Idempotency-Key"] = value };
}
