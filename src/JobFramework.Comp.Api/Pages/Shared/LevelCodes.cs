using System.Globalization;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Api.Pages.Shared;

/// <summary>Levels as people know them: the track's code (IC3, M5), or the number where the framework gives none.</summary>
public static class LevelCodes
{
    public static string Of(JobFrameworkModel framework, string track, int level) =>
        framework.FindTrack(track)?.FindLevel(level)?.Code ?? level.ToString(CultureInfo.InvariantCulture);

    public static string Of(JobFrameworkModel framework, Role role) => Of(framework, role.Track, role.Level);
}
