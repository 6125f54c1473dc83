using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
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

    // Sep reads the rows (RFC 4180 quotes unescaped, fields trimmed); the header is read as a row of its own so
    // its problems are ours to word, and rows of the wrong width come through to be reported with their line.
    private static readonly SepReaderOptions CsvOptions = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        Unescape = true,
        Trim = SepTrim.All,
        DisableColCountCheck = true,
        CultureInfo = CultureInfo.InvariantCulture,
    });

    private static IEnumerable<RosterRow> ReadCsvRows(TextReader reader, JobFrameworkModel framework, Action<string> headerProblem, IReadOnlyList<string> directoryColumns, int requiredDirectoryColumns)
    {
        int unspecifiedProficiency = framework.Scale.Min;
        var ids = new FrameworkIds(framework);
        using var csv = CsvOptions.From(reader, leaveOpen: true);
        if (!csv.MoveNext())
        {
            headerProblem("The roster is empty: expected a header line.");
            yield break;
        }

        var header = Fields(csv.Current);
        // A byte-order mark that reached the text (a body read without BOM detection) is no part of the first name.
        if (header.Length > 0 && header[0].StartsWith('\uFEFF'))
        {
            header[0] = header[0][1..];
        }

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
        var problems = new List<InputError>();
        int[] directory = [.. directoryColumns.Select(name => index.TryGetValue(name, out int at) ? at : -1)];
        while (csv.MoveNext())
        {
            var row = csv.Current;
            if (row.ColCount == 1 && row[0].Span.Length == 0)
            {
                continue;
            }

            var parsed = ParseRecord(row, header.Length, columns, ids, unspecifiedProficiency, attributeColumns, problems);
            if (directory.Length > 0 && row.ColCount == header.Length)
            {
                var texts = new string[directory.Length];
                for (int i = 0; i < texts.Length; i++)
                {
                    texts[i] = directory[i] < 0 ? "" : row[directory[i]].ToString();
                }

                parsed = parsed with { Directory = texts };
            }

            yield return parsed;
        }
    }

    private static string[] Fields(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return fields;
    }

    private static RosterRow ParseRecord(SepReader.Row row, int width, CsvColumns c, FrameworkIds ids, int unspecifiedProficiency, (Model.DeclaredAttribute Attribute, int Column)[] attributeColumns, List<InputError> errors)
    {
        // The caller's list, reused row after row: a row keeps a copy only when it has problems.
        errors.Clear();
        long line = row.LineNumberFrom;
        if (row.ColCount != width)
        {
            // 118,000 unquoted splits one number into two fields ("118" and "000").
            var record = Fields(row);
            bool split = record.Length > width && record.Skip(1).Select((f, i) => (Before: record[i], After: f)).Any(p => p.After.Length == 3 && p.After.All(char.IsAsciiDigit) && p.Before.Length > 0 && p.Before.All(char.IsAsciiDigit));
            errors.Add(new InputError("$", string.Create(CultureInfo.InvariantCulture, $"Row has {record.Length} fields; the header has {width}.")
                + (split ? " A number written with a thousands separator (118,000) splits into two fields: write 118000." : "")));
            return new RosterRow(line, record.Length > 0 ? record[0] : null, null, [.. errors]);
        }

        string Text(SepReader.Row r, int i) => i < 0 ? "" : r[i].ToString();
        string Id(SepReader.Row r, int i) => i < 0 ? "" : ids.Text(r[i].Span);
        ReadOnlySpan<char> Span(SepReader.Row r, int i) => i < 0 ? [] : r[i].Span;
        var id = Required(Text(row, c.Id), "id", errors);
        var family = Required(Id(row, c.Family), "family", errors);
        var track = Required(Id(row, c.Track), "track", errors);
        var region = Required(Id(row, c.Region), "region", errors);
        var level = Integer(Span(row, c.Level), "level", EmployeeFields.Level, true, errors);
        var salary = Salary(Span(row, c.BaseSalary), errors);
        var employee = errors.Count > 0 ? null : new Employee
        {
            Id = id!, Family = family!, Track = track!, Region = region!, Level = level!.Value, BaseSalary = salary!.Value,
            Focus = Id(row, c.Focus),
            Currency = Span(row, c.Currency) is { Length: > 0 } currency ? currency.ToString() : null,
            Rating = Integer(Span(row, c.Rating), "rating", EmployeeFields.Rating, false, errors) ?? 0,
            MonthsInLevel = Integer(Span(row, c.MonthsInLevel), "monthsInLevel", EmployeeFields.MonthsInLevel, false, errors) ?? 0,
            Scope = Integer(Span(row, c.Scope), "scope", EmployeeFields.Scope, false, errors) ?? 0,
            TeamSize = Integer(Span(row, c.TeamSize), "teamSize", EmployeeFields.TeamSize, false, errors) ?? 0,
            Mentorship = Integer(Span(row, c.Mentorship), "mentorship", EmployeeFields.Mentorship, false, errors) ?? 0,
            ThoughtLeadership = Integer(Span(row, c.ThoughtLeadership), "thoughtLeadership", EmployeeFields.ThoughtLeadership, false, errors) ?? 0,
            Budget = Span(row, c.Budget) is { Length: > 0 } budget && decimal.TryParse(budget, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) && b >= 0 ? b : 0,
            Skills = Skills(Span(row, c.Skills), ids, unspecifiedProficiency, errors),
            Certifications = Span(row, c.Certifications).IsEmpty ? [] : Text(row, c.Certifications).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        if (employee is not null)
        {
            EmployeeFields.CheckText(employee, errors);
            if (attributeColumns.Length > 0)
            {
                employee = employee with { Attributes = Attributes(row, attributeColumns, errors) };
            }
        }

        return errors.Count > 0 ? new RosterRow(line, id, null, [.. errors]) : new RosterRow(line, id, employee, []);
    }

    // Declared attributes from their columns: "" is absent (the default applies), anything else is read by type.
    private static Model.AttributeValues Attributes(SepReader.Row row, (Model.DeclaredAttribute Attribute, int Column)[] columns, List<InputError> errors)
    {
        var values = new object?[columns.Length];
        foreach (var (attribute, column) in columns)
        {
            string text = column < 0 ? "" : row[column].ToString();
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

    private static int? Integer(ReadOnlySpan<char> text, string field, (int Min, int Max) range, bool required, List<InputError> errors)
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

    private static decimal? Salary(ReadOnlySpan<char> text, List<InputError> errors)
    {
        // Most salaries are whole numbers of digits alone: read as a long they are the same decimal (scale 0) that
        // decimal.TryParse returns, at a fraction of its cost.
        if (text.Length is > 0 and <= 15 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            long units = 0;
            foreach (char digit in text)
            {
                units = (units * 10) + (digit - '0');
            }

            return units is > 0 and <= (long)EmployeeReader.MaxSalary ? units : Absurd(units, errors);
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            string written = text.ToString();
            errors.Add(new InputError("baseSalary", written.Length == 0 ? Messages.FieldRequired("baseSalary")
                : Messages.HasThousandsSeparators(written) ? Messages.ThousandsSeparator("baseSalary", written)
                : Messages.FieldType("baseSalary", "a number")));
            return null;
        }

        return amount is > 0 and <= EmployeeReader.MaxSalary ? amount : Absurd(amount, errors);
    }

    private static decimal? Absurd(decimal amount, List<InputError> errors)
    {
        errors.Add(new InputError("baseSalary", Messages.AbsurdSalary(amount)));
        return null;
    }

    // "sql:3; python" → (sql, 3), (python, the scale's minimum); empty entries skipped, entries trimmed, each read by EmployeeFields.TrySplitSkill.
    private static SkillHolding[] Skills(ReadOnlySpan<char> text, FrameworkIds ids, int unspecifiedProficiency, List<InputError> errors)
    {
        if (text.Length == 0)
        {
            return [];
        }

        // One item per separator and one more (a vectorised count); blank items, which are skipped, are rare.
        var skills = new SkillHolding[text.Count(';') + 1];
        int i = 0;
        foreach (var range in text.Split(';'))
        {
            var part = text[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (!EmployeeFields.TrySplitSkill(part, unspecifiedProficiency, out var name, out int level))
            {
                errors.Add(new InputError(EmployeeFields.ItemField("skills", i), Messages.FieldType("skills", "'skill' or 'skill:proficiency'")));
                return [];
            }

            skills[i++] = new SkillHolding(ids.Text(name), level);
        }

        return i == skills.Length ? skills : skills[..i];
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
