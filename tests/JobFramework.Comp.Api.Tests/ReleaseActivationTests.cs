using JobFramework.Comp.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobFramework.Comp.Api.Tests;

/// <summary>The daily check the ReleaseActivation timer runs, on the sample rules: what it logs and when it fails.</summary>
public sealed class ReleaseActivationTests : IDisposable
{
    private readonly ApiHost _api = new();

    public void Dispose() => _api.Dispose();

    private ReleaseSet Releases => _api.Services.GetRequiredService<ReleaseSet>();

    [Fact]
    public void The_effective_date_of_a_release_is_reported()
    {
        var outcome = ReleaseActivation.Check(Releases, new DateOnly(2026, 1, 1));

        outcome.InEffect.ShouldBeTrue();
        outcome.Release.ShouldBe("2026-h1");
        outcome.TookEffectToday.ShouldBeTrue();
        outcome.Logs[1].ShouldBe("Release 2026-h1 took effect today; it is the first release.");
    }

    [Fact]
    public void A_release_replacing_another_names_both()
    {
        var outcome = ReleaseActivation.Check(Releases, new DateOnly(2027, 1, 1));

        outcome.Logs[^1].ShouldBe($"Release {outcome.Release} took effect today, replacing 2026-h1.");
    }

    [Fact]
    public void A_day_without_a_change_says_only_which_release_is_in_effect()
    {
        var outcome = ReleaseActivation.Check(Releases, new DateOnly(2026, 5, 4));

        outcome.TookEffectToday.ShouldBeFalse();
        outcome.Logs.Count.ShouldBe(1);
        outcome.Logs[0].ShouldStartWith("Release 2026-h1 (sha256:");
    }

    [Fact]
    public void A_date_no_release_covers_is_not_in_effect_and_says_why()
    {
        var outcome = ReleaseActivation.Check(Releases, new DateOnly(2020, 1, 1));

        outcome.InEffect.ShouldBeFalse();
        outcome.Logs.Single().ShouldStartWith("No release is in effect on 2020-01-01");
    }
}
