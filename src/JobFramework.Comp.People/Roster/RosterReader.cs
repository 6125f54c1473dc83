using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.People.Roster;

/// <summary>
/// Streams a roster, CSV (with a header) or JSON Lines (by extension .jsonl/.ndjson), one row at a time:
/// memory stays flat however long the file. A bad row becomes a row with errors; it never stops the read.
/// CSV columns: id, family, track, level, region, baseSalary (required); focus, currency, rating,
/// monthsInLevel, scope, teamSize, mentorship, thoughtLeadership, budget, skills ("sql:3;python"),
/// certifications ("a;b").
/// </summary>
public static class RosterReader
{
    public static readonly string[] RequiredColumns = ["id", "family", "track", "level", "region", "baseSalary"];

    private static readonly string[] OptionalColumns = ["focus", "currency", "rating", "monthsInLevel", "scope", "teamSize", "mentorship", "thoughtLeadership", "budget", "skills", "certifications"];

    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<RosterRow> ReadJsonLines(TextReader reader, JobFrameworkModel framework)
    {
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var result = EmployeeReader.Read(Encoding.UTF8.GetBytes(text), framework);
            yield return new RosterRow(line, result.Value?.Id, result.Value, result.Errors);
        }
    }

    /// <summary>A roster file by its kind: JSON Lines (.jsonl, .ndjson) or CSV, whose header problem is reported once.</summary>
    public static IEnumerable<RosterRow> Read(string path, TextReader reader, JobFrameworkModel framework, Action<string> headerProblem) =>
        IsJsonLines(path) ? ReadJsonLines(reader, framework) : ReadCsv(reader, framework, headerProblem);

    /// <summary>
    /// Reads a CSV roster that may also carry <paramref name="directoryColumns"/> (a snapshot's name, manager…):
    /// those are no part of the employee record; each row returns their text, in the order given, in <see cref="RosterRow.Directory"/>.
    /// The header must hold the first <paramref name="requiredDirectoryColumns"/> of them.
    /// </summary>
    public static IEnumerable<RosterRow> ReadCsv(TextReader reader, JobFrameworkModel framework, Action<string> headerProblem, IReadOnlyList<string> directoryColumns, int requiredDirectoryColumns) =>
        ReadCsvRows(reader, framework, headerProblem, directoryColumns, requiredDirectoryColumns);

    /// <summary>Reads a CSV roster; a header without the required columns, or with columns neither built in nor declared, is reported once and ends the read.</summary>
    public static IEnumerable<RosterRow> ReadCsv(TextReader reader, JobFrameworkModel framework, Action<string> headerProblem) =>
        ReadCsvRows(reader, framework, headerProblem, [], 0);

    private static IEnumerable<RosterRow> ReadCsvRows(TextReader reader, JobFrameworkModel framework, Action<string> headerProblem, IReadOnlyList<string> directoryColumns, int requiredDirectoryColumns)
    {
        int unspecifiedProficiency = framework.Scale.Min;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null };
        using var parser = new CsvParser(reader, configuration);
        if (!parser.Read())
        {
            headerProblem("The roster is empty: expected a header line.");
            yield break;
        }

        var header = parser.Record!;
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++)
        {
            index[header[i]] = i;
        }

        var missing = RequiredColumns.Concat(directoryColumns.Take(requiredDirectoryColumns)).Where(c => !index.ContainsKey(c)).ToArray();
        var unknown = header.Where(h => !RequiredColumns.Contains(h, StringComparer.OrdinalIgnoreCase) && !OptionalColumns.Contains(h, StringComparer.OrdinalIgnoreCase) && !directoryColumns.Contains(h, StringComparer.OrdinalIgnoreCase) && framework.FindAttribute(h) is null).ToArray();
        if (missing.Length > 0 || unknown.Length > 0)
        {
            headerProblem((missing.Length > 0 ? "Missing column(s): " + string.Join(", ", missing) + ". " : "")
                + (unknown.Length > 0 ? "Unknown column(s): " + string.Join(", ", unknown) + ". " : "")
                + "Expected: " + string.Join(", ", RequiredColumns.Concat(OptionalColumns).Concat(directoryColumns).Concat(framework.Attributes.Select(a => a.Name))) + ".");
            yield break;
        }

        var columns = new CsvColumns(index);
        var attributeColumns = framework.Attributes.Select(a => (Attribute: a, Column: index.TryGetValue(a.Name, out int at) ? at : -1)).ToArray();
        int[] directory = [.. directoryColumns.Select(name => index.TryGetValue(name, out int at) ? at : -1)];
        while (parser.Read())
        {
            var record = parser.Record!;
            if (record.Length == 1 && record[0].Length == 0)
            {
                continue;
            }

            var row = ParseRecord(parser.RawRow, record, header.Length, columns, unspecifiedProficiency, attributeColumns);
            yield return directory.Length == 0 || record.Length != header.Length
                ? row
                : row with { Directory = [.. directory.Select(at => at < 0 ? "" : record[at])] };
        }
    }

    private static RosterRow ParseRecord(long line, string[] record, int width, CsvColumns c, int unspecifiedProficiency, (Model.DeclaredAttribute Attribute, int Column)[] attributeColumns)
    {
        var errors = new List<InputError>();
        if (record.Length != width)
        {
            // 118,000 unquoted splits one number into two fields ("118" and "000").
            bool split = record.Length > width && record.Skip(1).Select((f, i) => (Before: record[i], After: f)).Any(p => p.After.Length == 3 && p.After.All(char.IsAsciiDigit) && p.Before.Length > 0 && p.Before.All(char.IsAsciiDigit));
            errors.Add(new InputError("$", string.Create(CultureInfo.InvariantCulture, $"Row has {record.Length} fields; the header has {width}.")
                + (split ? " A number written with a thousands separator (118,000) splits into two fields: write 118000." : "")));
            return new RosterRow(line, record.Length > 0 ? record[0] : null, null, errors);
        }

        string Text(int i) => i < 0 ? "" : record[i];
        var id = Required(Text(c.Id), "id", errors);
        var family = Required(Text(c.Family), "family", errors);
        var track = Required(Text(c.Track), "track", errors);
        var region = Required(Text(c.Region), "region", errors);
        var level = Integer(Text(c.Level), "level", EmployeeFields.Level, true, errors);
        var salary = Salary(Text(c.BaseSalary), errors);
        var employee = errors.Count > 0 ? null : new Employee
        {
            Id = id!, Family = family!, Track = track!, Region = region!, Level = level!.Value, BaseSalary = salary!.Value,
            Focus = Text(c.Focus),
            Currency = Text(c.Currency) is { Length: > 0 } currency ? currency : null,
            Rating = Integer(Text(c.Rating), "rating", EmployeeFields.Rating, false, errors) ?? 0,
            MonthsInLevel = Integer(Text(c.MonthsInLevel), "monthsInLevel", EmployeeFields.MonthsInLevel, false, errors) ?? 0,
            Scope = Integer(Text(c.Scope), "scope", EmployeeFields.Scope, false, errors) ?? 0,
            TeamSize = Integer(Text(c.TeamSize), "teamSize", EmployeeFields.TeamSize, false, errors) ?? 0,
            Mentorship = Integer(Text(c.Mentorship), "mentorship", EmployeeFields.Mentorship, false, errors) ?? 0,
            ThoughtLeadership = Integer(Text(c.ThoughtLeadership), "thoughtLeadership", EmployeeFields.ThoughtLeadership, false, errors) ?? 0,
            Budget = Text(c.Budget) is { Length: > 0 } budget && decimal.TryParse(budget, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) && b >= 0 ? b : 0,
            Skills = Skills(Text(c.Skills), unspecifiedProficiency, errors),
            Certifications = Text(c.Certifications).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        if (employee is not null)
        {
            EmployeeFields.CheckText(employee, errors);
            if (attributeColumns.Length > 0)
            {
                employee = employee with { Attributes = Attributes(record, attributeColumns, errors) };
            }
        }

        return new RosterRow(line, id, errors.Count > 0 ? null : employee, errors);
    }

    // Declared attributes from their columns: "" is absent (the default applies), anything else is read by type.
    private static Model.AttributeValues Attributes(string[] record, (Model.DeclaredAttribute Attribute, int Column)[] columns, List<InputError> errors)
    {
        var values = new object?[columns.Length];
        foreach (var (attribute, column) in columns)
        {
            string text = column < 0 ? "" : record[column];
            if (text.Length == 0)
            {
                continue;
            }

            var read = Model.AttributeValue.FromText(attribute, text);
            if (read.Error is not null)
            {
                errors.Add(new InputError(attribute.Name, read.Error));
            }
            else
            {
                values[attribute.Slot] = read.Value;
            }
        }

        return Model.AttributeValues.Complete(values, [.. columns.Select(c => c.Attribute)], errors);
    }

    private static string? Required(string text, string field, List<InputError> errors)
    {
        if (text.Length == 0)
        {
            errors.Add(new InputError(field, Messages.FieldRequired(field)));
            return null;
        }

        return text;
    }

    private static int? Integer(string text, string field, (int Min, int Max) range, bool required, List<InputError> errors)
    {
        var (min, max) = range;
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new InputError(field, Messages.FieldRequired(field)));
            }

            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            errors.Add(new InputError(field, Messages.FieldType(field, "a whole number")));
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(new InputError(field, Messages.FieldRange(field, string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}"))));
            return null;
        }

        return value;
    }

    private static decimal? Salary(string text, List<InputError> errors)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            errors.Add(new InputError("baseSalary", text.Length == 0 ? Messages.FieldRequired("baseSalary")
                : Messages.HasThousandsSeparators(text) ? Messages.ThousandsSeparator("baseSalary", text)
                : Messages.FieldType("baseSalary", "a number")));
            return null;
        }

        if (amount <= 0 || amount > EmployeeReader.MaxSalary)
        {
            errors.Add(new InputError("baseSalary", Messages.AbsurdSalary(amount)));
            return null;
        }

        return amount;
    }

    private static SkillHolding[] Skills(string text, int unspecifiedProficiency, List<InputError> errors)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var skills = new SkillHolding[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!EmployeeFields.TryParseSkill(parts[i], unspecifiedProficiency, out skills[i]))
            {
                errors.Add(new InputError(string.Create(CultureInfo.InvariantCulture, $"skills[{i}]"), Messages.FieldType("skills", "'skill' or 'skill:proficiency'")));
                return [];
            }
        }

        return skills;
    }

    /// <summary>Column positions by name, -1 when a column is absent.</summary>
    private sealed class CsvColumns(Dictionary<string, int> index)
    {
        public readonly int Id = index["id"], Family = index["family"], Track = index["track"], Level = index["level"], Region = index["region"], BaseSalary = index["baseSalary"];
        public readonly int Focus = Find(index, "focus"), Currency = Find(index, "currency"), Rating = Find(index, "rating"), MonthsInLevel = Find(index, "monthsInLevel");
        public readonly int Scope = Find(index, "scope"), TeamSize = Find(index, "teamSize"), Mentorship = Find(index, "mentorship"), ThoughtLeadership = Find(index, "thoughtLeadership");
        public readonly int Budget = Find(index, "budget"), Skills = Find(index, "skills"), Certifications = Find(index, "certifications");

        private static int Find(Dictionary<string, int> index, string name) => index.TryGetValue(name, out int i) ? i : -1;
    }
}
