using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Roster;

namespace JobFramework.Comp.People.Snapshots;

/// <summary>What reading a snapshot found: the people, or every problem (the first <see cref="SnapshotLimits.MaxProblemsListed"/> listed).</summary>
public sealed record SnapshotRead(IReadOnlyList<Person> People, IReadOnlyList<SnapshotProblem> Problems, int ProblemCount)
{
    /// <summary>A snapshot is stored whole or not at all: one bad row refuses it, so no team silently loses a member.</summary>
    public bool Accepted => ProblemCount == 0 && People.Count > 0;
}

/// <summary>
/// Reads a roster snapshot — a roster (CSV or JSON Lines, declared attributes included) with three directory
/// fields: <c>name</c> (required), <c>managerId</c> (the id of another person in the snapshot, empty for none)
/// and <c>mentor</c> (true when the person offers to mentor). Every row is checked as <c>comp place</c> checks
/// it (the employee record, then the band it places in), and the snapshot as a whole: ids unique, every
/// manager in the snapshot, no one managing themselves or managed in a circle.
/// </summary>
public static class SnapshotReader
{
    public const string Name = "name";
    public const string ManagerId = "managerId";
    public const string Mentor = "mentor";

    public static readonly string[] DirectoryColumns = [Name, ManagerId, Mentor];

    /// <summary>Reads a snapshot in CSV (with a header) or, when <paramref name="jsonLines"/>, one JSON object per line.</summary>
    public static SnapshotRead Read(TextReader text, bool jsonLines, Evaluator evaluator)
    {
        var problems = new Problems();
        var rows = jsonLines
            ? ReadJsonLines(text, evaluator.Release.Framework)
            : RosterReader.ReadCsv(text, evaluator.Release.Framework, header => problems.Add(new SnapshotProblem(1, null, "header", header)), DirectoryColumns, requiredDirectoryColumns: 1);
        var people = new List<Person>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (people.Count + problems.Count >= SnapshotLimits.MaxPeople)
            {
                problems.Add(new SnapshotProblem(row.Line, row.Id, "$", $"a snapshot holds at most {SnapshotLimits.MaxPeople.ToString("N0", CultureInfo.InvariantCulture)} people"));
                break;
            }

            var person = Check(row, evaluator, problems);
            if (person is null)
            {
                continue;
            }

            if (lines.TryGetValue(person.Id, out long first))
            {
                problems.Add(new SnapshotProblem(row.Line, person.Id, "id", $"'{person.Id}' appears twice (first on line {first})"));
                continue;
            }

            lines[person.Id] = row.Line;
            people.Add(person);
        }

        CheckManagers(people, lines, problems);
        if (people.Count == 0 && problems.Count == 0)
        {
            problems.Add(new SnapshotProblem(1, null, "$", "the snapshot has no people"));
        }

        return new SnapshotRead(problems.Count == 0 ? people : [], problems.Listed, problems.Count);
    }

    private static Person? Check(RosterRow row, Evaluator evaluator, Problems problems)
    {
        int before = problems.Count;
        foreach (var error in row.Errors)
        {
            problems.Add(new SnapshotProblem(row.Line, row.Id, error.Field, error.Message));
        }

        if (row.Employee is { } employee)
        {
            var placed = evaluator.Place(employee);
            foreach (var error in placed.Errors)
            {
                problems.Add(new SnapshotProblem(row.Line, row.Id, error.Field, error.Message));
            }
        }

        // A row that could not be split into fields has no directory to check; a field already refused for its type is not refused again.
        if (row.Directory.Count == DirectoryColumns.Length)
        {
            CheckDirectory(row, row.Errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal), problems);
        }

        if (problems.Count > before || row.Employee is not { } valid)
        {
            return null;
        }

        string managerId = row.Directory[1].Trim();
        string record = DecisionPayloads.Input(valid);
        if (record.Length > SnapshotLimits.MaxRecordLength)
        {
            problems.Add(new SnapshotProblem(row.Line, row.Id, "$", $"the employee record is too large to store ({record.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; at most {SnapshotLimits.MaxRecordLength.ToString("N0", CultureInfo.InvariantCulture)})"));
            return null;
        }

        return new Person(valid.Id, row.Directory[0].Trim(), managerId.Length == 0 ? null : managerId, MentorFlag(row.Directory[2]) == true, valid.Family, valid.Track, valid.Level, valid.Region, record);
    }

    private static void CheckDirectory(RosterRow row, HashSet<string> refused, Problems problems)
    {
        string name = row.Directory[0].Trim();
        if (refused.Contains(Name))
        {
            // Already named by the reader (a JSON name that is not a string).
        }
        else if (name.Length == 0)
        {
            problems.Add(new SnapshotProblem(row.Line, row.Id, Name, "is required: the person's name as colleagues know it"));
        }
        else if (name.Length > SnapshotLimits.MaxNameLength || name.Any(char.IsControl))
        {
            problems.Add(new SnapshotProblem(row.Line, row.Id, Name, $"must be at most {SnapshotLimits.MaxNameLength} characters, without control characters"));
        }

        if (!refused.Contains(Mentor) && MentorFlag(row.Directory[2]) is null)
        {
            problems.Add(new SnapshotProblem(row.Line, row.Id, Mentor, $"must be true or false (or yes/no), not '{row.Directory[2].Trim()}'"));
        }
    }

    private static bool? MentorFlag(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "false" or "no" => false,
        "true" or "yes" => true,
        _ => null,
    };

    // Every manager must be a person of the snapshot, and following managers upwards must end: access rules
    // walk that chain (a manager sees their reports, theirs in turn), so a circle would hand a team to itself.
    private static void CheckManagers(List<Person> people, Dictionary<string, long> lines, Problems problems)
    {
        var byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (person.ManagerId is not { } managerId)
            {
                continue;
            }

            if (managerId == person.Id)
            {
                problems.Add(new SnapshotProblem(lines[person.Id], person.Id, ManagerId, "a person cannot be their own manager"));
            }
            else if (!byId.ContainsKey(managerId))
            {
                problems.Add(new SnapshotProblem(lines[person.Id], person.Id, ManagerId, $"no one in the snapshot has id '{managerId}'"));
            }
        }

        foreach (var person in people)
        {
            var path = new HashSet<string>(StringComparer.Ordinal);
            var current = person;
            while (current.ManagerId is { } next && next != current.Id && byId.TryGetValue(next, out var manager) && !settled.Contains(current.Id))
            {
                if (!path.Add(current.Id))
                {
                    problems.Add(new SnapshotProblem(lines[person.Id], person.Id, ManagerId, "managers form a circle: " + string.Join(" → ", path) + " → " + current.Id));
                    break;
                }

                current = manager;
            }

            settled.UnionWith(path);
        }
    }

    private static IEnumerable<RosterRow> ReadJsonLines(TextReader reader, Framework.JobFrameworkModel framework)
    {
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return ReadJsonLine(line, text, framework);
            }
        }
    }

    private static RosterRow ReadJsonLine(long line, string text, Framework.JobFrameworkModel framework)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException e)
        {
            return new RosterRow(line, null, null, [new InputError("$", "not valid JSON: " + e.Message)]);
        }

        if (json is null)
        {
            return new RosterRow(line, null, null, [new InputError("$", "each line must be a JSON object")]);
        }

        var errors = new List<InputError>();
        string[] directory = [.. DirectoryColumns.Select(field => DirectoryValue(json, field, errors))];
        var employee = EmployeeReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString()), framework);
        errors.AddRange(employee.Errors);
        string? id = employee.Value?.Id ?? (json["id"] is JsonValue idValue && idValue.TryGetValue(out string? readId) ? readId : null);
        return new RosterRow(line, id, errors.Count == 0 ? employee.Value : null, errors) { Directory = directory };
    }

    // A directory field is taken out of the line (the employee reader refuses fields it does not know) and read as text.
    private static string DirectoryValue(JsonObject json, string field, List<InputError> errors)
    {
        if (!json.Remove(field, out var node) || node is null)
        {
            return "";
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.True when field == Mentor => "true",
            JsonValueKind.False when field == Mentor => "false",
            _ => Invalid(),
        };

        string Invalid()
        {
            errors.Add(new InputError(field, field == Mentor ? "must be true or false" : "must be a string"));
            return field == Mentor ? "false" : "";
        }
    }

    private sealed class Problems
    {
        private readonly List<SnapshotProblem> _listed = [];

        public int Count { get; private set; }

        public IReadOnlyList<SnapshotProblem> Listed => _listed;

        public void Add(SnapshotProblem problem)
        {
            Count++;
            if (_listed.Count < SnapshotLimits.MaxProblemsListed)
            {
                _listed.Add(problem);
            }
        }
    }
}
