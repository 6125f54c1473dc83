using System.Globalization;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// The employee input's field rules in one place — the ranges, the identifier and list limits, and the
/// "skill:proficiency" text form — so every reader (JSON, CSV, HTTP) accepts and rejects exactly the same
/// values, and nothing that passes them can fail later in the audit log's keys, its hasher or its record size.
/// </summary>
public static class EmployeeFields
{
    public static readonly (int Min, int Max) Level = (0, 99);
    public static readonly (int Min, int Max) Rating = (1, 5);
    public static readonly (int Min, int Max) MonthsInLevel = (0, 600);
    public static readonly (int Min, int Max) Scope = (0, 10);
    public static readonly (int Min, int Max) TeamSize = (0, 100_000);
    public static readonly (int Min, int Max) Mentorship = (0, 1000);
    public static readonly (int Min, int Max) ThoughtLeadership = (0, 1000);
    public static readonly (int Min, int Max) Proficiency = (0, 10);

    /// <summary>
    /// Identifiers (the employee id, family, track, region, focus, currency, skill and certification ids) are
    /// at most this many characters: the audit log's Table Storage keys hold an employee id hex-encoded
    /// within the service's 1 KiB key limit, and an id is a name, not a document.
    /// </summary>
    public const int MaxIdentifierLength = 64;

    /// <summary>
    /// Skills and certifications an employee may list: more than any framework defines, few enough that the
    /// written record (200 ids of 64 characters, even escaped) stays within what the audit log stores.
    /// </summary>
    public const int MaxListItems = 100;

    // Control characters (C0, DEL, C1), surrogates (paired ones are re-checked below) and U+FFFD.
    private static readonly System.Buffers.SearchValues<char> Suspicious = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c), '\uFFFD']);

    /// <summary>Reads "sql" (held at <paramref name="unspecifiedProficiency"/>) or "sql:3".</summary>
    public static bool TryParseSkill(string text, int unspecifiedProficiency, out SkillHolding skill)
    {
        bool ok = TrySplitSkill(text, unspecifiedProficiency, out var name, out int level);
        skill = ok ? new SkillHolding(name.Length == text.Length ? text : name.ToString(), level) : default;
        return ok;
    }

    /// <summary>The same reading over a span, for readers that look the name up without allocating it.</summary>
    public static bool TrySplitSkill(ReadOnlySpan<char> text, int unspecifiedProficiency, out ReadOnlySpan<char> name, out int level)
    {
        int colon = text.IndexOf(':');
        name = colon < 0 ? text : text[..colon];
        level = unspecifiedProficiency;
        return colon < 0 || (int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out level) && level <= Proficiency.Max);
    }

    /// <summary>The field name of a list's item, as errors name it: <c>skills[3]</c>.</summary>
    public static string ItemField(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// Checks every identifier and list of an employee as read, adding one error per problem: blank, too
    /// long, control characters (NUL included), unpaired surrogates, leading or trailing spaces, too many items.
    /// </summary>
    public static void CheckText(Employee employee, List<InputError> errors)
    {
        Identifier("id", employee.Id, errors);
        Identifier("family", employee.Family, errors);
        Identifier("track", employee.Track, errors);
        Identifier("region", employee.Region, errors);
        if (employee.Focus.Length > 0)
        {
            Identifier("focus", employee.Focus, errors);
        }

        if (employee.Currency is not null)
        {
            Identifier("currency", employee.Currency, errors);
        }

        List("skills", employee.Skills.Length, errors);
        for (int i = 0; i < Math.Min(employee.Skills.Length, MaxListItems); i++)
        {
            Item("skills", i, employee.Skills[i].Skill, errors);
        }

        List("certifications", employee.Certifications.Length, errors);
        for (int i = 0; i < Math.Min(employee.Certifications.Length, MaxListItems); i++)
        {
            Item("certifications", i, employee.Certifications[i], errors);
        }
    }

    /// <summary>The problem with one identifier, or null when it is acceptable.</summary>
    public static string? IdentifierProblem(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Messages.IdentifierBlank(field);
        }

        if (value.Length > MaxIdentifierLength)
        {
            return Messages.IdentifierTooLong(field, value.Length, MaxIdentifierLength);
        }

        // The common case — plain text — is settled by one vectorised search; the loop below only explains a hit.
        if (value.AsSpan().IndexOfAny(Suspicious) < 0)
        {
            return char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ? Messages.IdentifierSpaces(field) : null;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                return Messages.IdentifierControl(field, value[i], i + 1);
            }

            if (value[i] == '\uFFFD')
            {
                // What a decoder leaves for bytes that were not UTF-8: the file or body was in another encoding.
                return Messages.ReplacementCharacter(field, i + 1);
            }
        }

        // An unpaired surrogate is text no UTF-8 store or hasher can hold faithfully.
        if (!IsWellFormed(value))
        {
            return Messages.InvalidUnicode(field);
        }

        return char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ? Messages.IdentifierSpaces(field) : null;
    }

    private static bool IsWellFormed(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Identifier(string field, string value, List<InputError> errors)
    {
        if (!IsPlain(value) && IdentifierProblem(field, value) is { } problem)
        {
            errors.Add(new InputError(field, problem));
        }
    }

    // A list item names its field ("skills[3]") only when it has a problem: a roster row checks a dozen skills, nearly
    // always plain, and building every name was most of the check's cost.
    private static void Item(string list, int index, string value, List<InputError> errors)
    {
        if (IsPlain(value))
        {
            return;
        }

        string field = ItemField(list, index);
        if (IdentifierProblem(field, value) is { } problem)
        {
            errors.Add(new InputError(field, problem));
        }
    }

    // What IdentifierProblem accepts at its first test: not blank, not too long, nothing suspicious, no edge spaces.
    // Printable ASCII without spaces — nearly every id — is settled by a plain loop, cheaper on a few characters
    // than setting up the vector search that everything else takes.
    private static bool IsPlain(string value)
    {
        if (value.Length is 0 or > MaxIdentifierLength)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (c is < '!' or > '~')
            {
                return value.AsSpan().IndexOfAny(Suspicious) < 0 && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]);
            }
        }

        return true;
    }

    private static void List(string field, int count, List<InputError> errors)
    {
        if (count > MaxListItems)
        {
            errors.Add(new InputError(field, Messages.TooManyItems(field, count, MaxListItems)));
        }
    }
}
