using System.Globalization;
using System.Text.Json;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Reads one employee from a JSON object (a JSONL roster line, an HTTP body, a test case), naming the
/// field of every problem: missing, wrong type, out of range, unknown. Skills may be written as
/// <c>["sql", "python:3"]</c> or <c>{"sql": 2, "python": 3}</c>; a skill without a proficiency is held at
/// <c>unspecifiedProficiency</c> (the bottom of the scale). Stateless and thread-safe.
/// </summary>
public static class EmployeeReader
{
    /// <summary>A salary above this is treated as a data error, not a salary.</summary>
    public const decimal MaxSalary = 1_000_000_000m;

    private static readonly string[] Fields =
        ["id", "family", "track", "level", "focus", "region", "baseSalary", "currency", "rating", "monthsInLevel", "scope", "teamSize", "mentorship", "thoughtLeadership", "budget", "skills", "certifications"];

    /// <summary>Reads an employee for a release: its proficiency scale and the attributes it declares.</summary>
    public static EvaluationResult<Employee> Read(ReadOnlySpan<byte> json, JobFrameworkModel framework) =>
        Read(json, framework.Scale.Min, framework.Attributes);

    public static EvaluationResult<Employee> Read(ReadOnlySpan<byte> json, int unspecifiedProficiency = 1, IReadOnlyList<Model.DeclaredAttribute>? attributes = null)
    {
        attributes ??= [];
        var errors = new List<InputError>();
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            return EvaluationResult<Employee>.Fail("$", Messages.InvalidUtf8(FirstInvalidByte(json)));
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 8 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return EvaluationResult<Employee>.Fail("$", Messages.WrongType("employee", "a JSON object", reader.TokenType.ToString().ToLowerInvariant()));
            }

            var fields = new Draft { Attributes = new object?[attributes.Count] };
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                if (!seen.Add(name))
                {
                    // The last value winning silently would decide on a salary the caller may not have meant.
                    errors.Add(new InputError(name, Messages.FieldRepeated(name)));
                    reader.Skip();
                    continue;
                }

                ReadField(ref reader, name, fields, errors, unspecifiedProficiency, attributes);
            }

            if (reader.Read())
            {
                errors.Add(new InputError("$", Messages.TrailingContent));
            }

            return errors.Count > 0 ? EvaluationResult<Employee>.Fail(errors) : fields.Build(errors, attributes);
        }
        catch (InvalidOperationException)
        {
            // A property name escaping an unpaired surrogate (values are caught where they are read).
            errors.Add(new InputError("$", Messages.InvalidUnicode("field name")));
            return EvaluationResult<Employee>.Fail(errors);
        }
        catch (JsonException e)
        {
            errors.Add(new InputError("$", Messages.MalformedJson(e.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ') + " at byte " + (e.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture))));
            return EvaluationResult<Employee>.Fail(errors);
        }
    }

    // Optional fields given as null are absent: generated clients write every property, unset ones as null.
    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal)
        { "focus", "currency", "rating", "monthsInLevel", "scope", "teamSize", "mentorship", "thoughtLeadership", "budget", "skills", "certifications" };

    private static void ReadField(ref Utf8JsonReader reader, string name, Draft draft, List<InputError> errors, int unspecifiedProficiency, IReadOnlyList<Model.DeclaredAttribute> attributes)
    {
        if (reader.TokenType == JsonTokenType.Null && (Optional.Contains(name) || attributes.Any(a => a.Name == name && !a.Required)))
        {
            return;
        }

        // Releases without declared attributes (most) pay nothing for them here.
        if (attributes.Count > 0 && !Fields.Contains(name, StringComparer.Ordinal) && attributes.FirstOrDefault(a => a.Name == name) is { } attribute)
        {
            var value = Model.AttributeValue.FromJson(attribute, ref reader);
            if (value.Error is not null)
            {
                errors.Add(new InputError(name, value.Error));
            }
            else
            {
                draft.Attributes[attribute.Slot] = value.Value;
            }

            return;
        }

        switch (name)
        {
            case "id":
                draft.Id = reader.TokenType == JsonTokenType.Number ? Encoding(reader.ValueSpan) : Text(ref reader, name, errors);
                break;
            case "family": draft.Family = Text(ref reader, name, errors); break;
            case "track": draft.Track = Text(ref reader, name, errors); break;
            case "level": draft.Level = Integer(ref reader, name, EmployeeFields.Level, errors); break;
            case "focus": draft.Focus = reader.TokenType == JsonTokenType.Null ? "" : Text(ref reader, name, errors) ?? ""; break;
            case "region": draft.Region = Text(ref reader, name, errors); break;
            case "baseSalary": draft.BaseSalary = Amount(ref reader, name, errors); break;
            case "currency": draft.Currency = reader.TokenType == JsonTokenType.Null ? null : Text(ref reader, name, errors); break;
            case "rating": draft.Rating = Integer(ref reader, name, EmployeeFields.Rating, errors) ?? 0; break;
            case "monthsInLevel": draft.MonthsInLevel = Integer(ref reader, name, EmployeeFields.MonthsInLevel, errors) ?? 0; break;
            case "scope": draft.Scope = Integer(ref reader, name, EmployeeFields.Scope, errors) ?? 0; break;
            case "teamSize": draft.TeamSize = Integer(ref reader, name, EmployeeFields.TeamSize, errors) ?? 0; break;
            case "mentorship": draft.Mentorship = Integer(ref reader, name, EmployeeFields.Mentorship, errors) ?? 0; break;
            case "thoughtLeadership": draft.ThoughtLeadership = Integer(ref reader, name, EmployeeFields.ThoughtLeadership, errors) ?? 0; break;
            case "budget": draft.Budget = Budget(ref reader, errors); break;
            case "skills": draft.Skills = Skills(ref reader, errors, unspecifiedProficiency); break;
            case "certifications": draft.Certifications = Strings(ref reader, name, errors); break;
            default:
                errors.Add(new InputError(name, Messages.UnknownProperty(name, Json.ObjectReader.Suggest(name, Fields.Concat(attributes.Select(a => a.Name))))));
                reader.Skip();
                break;
        }
    }

    private static long FirstInvalidByte(ReadOnlySpan<byte> json)
    {
        System.Text.Unicode.Utf8.ToUtf16(json, new char[json.Length], out int valid, out _, replaceInvalidSequences: false);
        return valid;
    }

    private static string Encoding(ReadOnlySpan<byte> span) => System.Text.Encoding.UTF8.GetString(span);

    private static string? Text(ref Utf8JsonReader reader, string field, List<InputError> errors)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            errors.Add(new InputError(field, Messages.FieldType(field, "a string")));
            reader.Skip();
            return null;
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            errors.Add(new InputError(field, Messages.InvalidUnicode(field)));
            return null;
        }

        if (value.Length == 0)
        {
            errors.Add(new InputError(field, Messages.EmptyValue(field)));
        }

        return value;
    }

    private static int? Integer(ref Utf8JsonReader reader, string field, (int Min, int Max) range, List<InputError> errors)
    {
        var (min, max) = range;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int value))
        {
            errors.Add(new InputError(field, Messages.FieldType(field, "a whole number")));
            reader.Skip();
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(new InputError(field, Messages.FieldRange(field, "between " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture))));
            return null;
        }

        return value;
    }

    private static decimal? Amount(ref Utf8JsonReader reader, string field, List<InputError> errors)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && Messages.HasThousandsSeparators(text))
        {
            errors.Add(new InputError(field, Messages.ThousandsSeparator(field, text)));
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out decimal value))
        {
            errors.Add(new InputError(field, Messages.FieldType(field, "a number")));
            reader.Skip();
            return null;
        }

        if (value <= 0 || value > MaxSalary)
        {
            errors.Add(new InputError(field, Messages.AbsurdSalary(value)));
            return null;
        }

        return value;
    }

    private static decimal Budget(ref Utf8JsonReader reader, List<InputError> errors)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out decimal value) || value < 0)
        {
            errors.Add(new InputError("budget", Messages.FieldType("budget", "a number of at least 0")));
            reader.Skip();
            return 0;
        }

        return value;
    }

    private static string[] Strings(ref Utf8JsonReader reader, string field, List<InputError> errors)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            errors.Add(new InputError(field, Messages.FieldType(field, "an array of strings")));
            reader.Skip();
            return [];
        }

        var result = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var text = Text(ref reader, EmployeeFields.ItemField(field, result.Count), errors);
            if (text is not null)
            {
                result.Add(text);
            }
        }

        return [.. result];
    }

    private static SkillHolding[] Skills(ref Utf8JsonReader reader, List<InputError> errors, int unspecifiedProficiency)
    {
        var result = new List<SkillHolding>();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var held = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string skill = reader.GetString()!;
                reader.Read();
                if (!held.Add(skill))
                {
                    errors.Add(new InputError("skills." + skill, Messages.FieldRepeated("skills." + skill)));
                    reader.Skip();
                    continue;
                }

                int? level = Integer(ref reader, "skills." + skill, EmployeeFields.Proficiency, errors);
                if (level is not null)
                {
                    result.Add(new SkillHolding(skill, level.Value));
                }
            }

            return [.. result];
        }

        foreach (var text in Strings(ref reader, "skills", errors))
        {
            if (EmployeeFields.TryParseSkill(text, unspecifiedProficiency, out var holding))
            {
                result.Add(holding);
            }
            else
            {
                errors.Add(new InputError(EmployeeFields.ItemField("skills", result.Count), Messages.FieldType("skills", "'skill' or 'skill:proficiency'")));
            }
        }

        return [.. result];
    }

    /// <summary>Fields as read, before the required ones are checked.</summary>
    private sealed class Draft
    {
        public string? Id;
        public string? Family;
        public string? Track;
        public int? Level;
        public string Focus = "";
        public string? Region;
        public decimal? BaseSalary;
        public string? Currency;
        public int Rating;
        public int MonthsInLevel;
        public int Scope;
        public int TeamSize;
        public int Mentorship;
        public int ThoughtLeadership;
        public decimal Budget;
        public SkillHolding[] Skills = [];
        public string[] Certifications = [];

        public object?[] Attributes = [];

        public EvaluationResult<Employee> Build(List<InputError> errors, IReadOnlyList<Model.DeclaredAttribute> attributes)
        {
            Model.AttributeValues values = Model.AttributeValues.None;
            if (attributes.Count > 0)
            {
                values = Model.AttributeValues.Complete(Attributes, attributes, errors);
            }

            Require(Id, "id", errors);
            Require(Family, "family", errors);
            Require(Track, "track", errors);
            Require(Level, "level", errors);
            Require(Region, "region", errors);
            Require(BaseSalary, "baseSalary", errors);
            if (errors.Count > 0)
            {
                return EvaluationResult<Employee>.Fail(errors);
            }

            var employee = new Employee
            {
                Id = Id!, Family = Family!, Track = Track!, Level = Level!.Value, Focus = Focus, Region = Region!,
                BaseSalary = BaseSalary!.Value, Currency = Currency, Rating = Rating, MonthsInLevel = MonthsInLevel,
                Scope = Scope, TeamSize = TeamSize, Mentorship = Mentorship, ThoughtLeadership = ThoughtLeadership,
                Budget = Budget, Skills = Skills, Certifications = Certifications, Attributes = values,
            };
            EmployeeFields.CheckText(employee, errors);
            return errors.Count > 0 ? EvaluationResult<Employee>.Fail(errors) : EvaluationResult<Employee>.Ok(employee);
        }

        private static void Require(object? value, string field, List<InputError> errors)
        {
            if (value is null)
            {
                errors.Add(new InputError(field, Messages.FieldRequired(field)));
            }
        }
    }
}
