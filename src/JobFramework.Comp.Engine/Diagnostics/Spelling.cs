namespace JobFramework.Comp.Diagnostics;

/// <summary>
/// "Did you mean …?": a common alias of the name when the candidates hold it (gb → uk, usa → us), else the
/// closest candidate by case-insensitive edit distance when it is close enough to be a typo and no other
/// candidate is as close — for two-letter codes most candidates are two edits away, and guessing among them
/// misleads (gb → us).
/// </summary>
public static class Spelling
{
    // Country and region names people type for the usual two-letter ids: ISO 3166 alpha-3 codes, English names,
    // and the UK/GB pair (ISO says GB; most frameworks say UK).
    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gb"] = ["uk"], ["gbr"] = ["uk", "gb"], ["united kingdom"] = ["uk", "gb"], ["britain"] = ["uk", "gb"], ["england"] = ["uk", "gb"], ["uk"] = ["gb"],
        ["usa"] = ["us"], ["united states"] = ["us"], ["america"] = ["us"],
        ["deu"] = ["de"], ["ger"] = ["de"], ["germany"] = ["de"],
        ["sgp"] = ["sg"], ["singapore"] = ["sg"],
        ["ind"] = ["in"], ["india"] = ["in"],
        ["fra"] = ["fr"], ["france"] = ["fr"], ["esp"] = ["es"], ["spain"] = ["es"], ["ita"] = ["it"], ["italy"] = ["it"],
        ["nld"] = ["nl"], ["netherlands"] = ["nl"], ["can"] = ["ca"], ["canada"] = ["ca"], ["aus"] = ["au"], ["australia"] = ["au"],
        ["jpn"] = ["jp"], ["japan"] = ["jp"], ["chn"] = ["cn"], ["china"] = ["cn"], ["bra"] = ["br"], ["brazil"] = ["br"],
        ["irl"] = ["ie"], ["ireland"] = ["ie"], ["che"] = ["ch"], ["switzerland"] = ["ch"], ["pol"] = ["pl"], ["poland"] = ["pl"],
    };

    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var all = candidates.ToList();
        if (Aliases.TryGetValue(name.Trim(), out var aliases)
            && aliases.Select(a => all.Find(c => string.Equals(c, a, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(c => c is not null) is { } alias)
        {
            return alias;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        bool tied = false;
        foreach (var candidate in all)
        {
            int distance = EditDistance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
                tied = false;
            }
            else if (distance == bestDistance)
            {
                tied = true;
            }
        }

        // Only an unambiguous near miss is a suggestion; a word half retyped is not a typo.
        bool close = bestDistance <= Math.Max(name.Length >= 5 ? 2 : 1, name.Length / 3);
        return close && !tied ? best : null;
    }

    // Optimal string alignment: insertions, deletions, substitutions, and a swap of neighbours ("tset" → "test") each cost 1.
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
