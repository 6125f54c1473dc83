using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility.Rendering;

/// <summary>How the pictures of a map look, shared by the DOT and SVG renderers so the two read alike.</summary>
internal static class MapStyle
{
    public const string OriginFill = "#fde9b8";
    public const string NodeFill = "#eef3fb";

    /// <summary>The edge colour for its strongest reason: a named path, then a level step, the other track, shared skills.</summary>
    public static string Colour(MoveEdge edge) => Strongest(edge) switch
    {
        MoveReasonKind.ExplicitPath => "#1b7f3b",
        MoveReasonKind.NextLevel => "#1f5fbf",
        MoveReasonKind.AlignedTrack => "#8a4fbf",
        _ => "#7a7a7a",
    };

    public static bool Dashed(MoveEdge edge) => Strongest(edge) == MoveReasonKind.SharedSkills;

    public static MoveReasonKind Strongest(MoveEdge edge) => edge.Reasons.Min(r => r.Kind);

    /// <summary>A short edge label: the kinds of reason, e.g. "named path + shared skills".</summary>
    public static string Label(MoveEdge edge) => string.Join(" + ", edge.Reasons.Select(r => r.Kind).Distinct().Order().Select(Short));

    public static string Short(MoveReasonKind kind) => kind switch
    {
        MoveReasonKind.ExplicitPath => "named path",
        MoveReasonKind.NextLevel => "level up",
        MoveReasonKind.AlignedTrack => "other track",
        _ => "shared skills",
    };

    /// <summary>"IC3" for a role's level on its track (the number when the track does not define it).</summary>
    public static string LevelCode(JobFrameworkModel framework, Role role) =>
        framework.FindTrack(role.Track)?.FindLevel(role.Level)?.Code ?? role.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Tooltip(MoveEdge edge) => edge.From.Id + " → " + edge.To.Id + ": " + string.Join("; ", edge.Reasons.Select(r => r.Text));

    /// <summary>The kinds of move the picture draws (an edge is drawn as its strongest reason), and only those.</summary>
    public static IEnumerable<(MoveReasonKind Kind, string Colour, bool Dashed)> Legend(MobilityMap map) =>
        All.Where(entry => map.Edges.Any(edge => Strongest(edge) == entry.Kind));

    private static readonly (MoveReasonKind Kind, string Colour, bool Dashed)[] All =
    [
        (MoveReasonKind.ExplicitPath, "#1b7f3b", false),
        (MoveReasonKind.NextLevel, "#1f5fbf", false),
        (MoveReasonKind.AlignedTrack, "#8a4fbf", false),
        (MoveReasonKind.SharedSkills, "#7a7a7a", true),
    ];

    /// <summary>What a move requires, by name: "Risk analysis foundations (about 24 h)".</summary>
    public static string Requirements(MoveEdge edge, MobilityRules rules) =>
        string.Join(", ", (edge.Path?.RequiredTrainings ?? []).Select(id => rules.FindTraining(id) is { } training
            ? $"{training.Title} (about {training.EffortHours.ToString(System.Globalization.CultureInfo.InvariantCulture)} h)"
            : id));
}
