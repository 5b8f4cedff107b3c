using System.Globalization;
using FleetCatalog.Output;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Verdicts;

/// <summary>
/// Whether a project works by default: the one definition that cards, guide pages, the status page, badges and
/// catalog.json all read (docs/catalog-json.md, <c>worksByDefault</c>). A project works by default when it has no
/// error findings (after its entry's waivers), names at least one board the device registry knows, and has no
/// setting a maker must type in before the first deploy.
/// </summary>
/// <param name="Errors">Error findings left after waivers.</param>
/// <param name="KnownBoards">Boards from <c>supportedDeviceTypes</c> that the device registry knows.</param>
/// <param name="MustSetSettings">Settings with no usable default (<see cref="FleetSetting.MustSet"/>).</param>
internal sealed record ProjectVerdict(int Errors, int KnownBoards, int MustSetSettings)
{
    public bool WorksByDefault => Errors == 0 && KnownBoards > 0 && MustSetSettings == 0;

    public static ProjectVerdict Of(ProjectSnapshot snapshot, int knownBoards, IEnumerable<FleetSetting> settings) =>
        new(snapshot.Errors, knownBoards, settings.Count(s => s.MustSet));

    /// <summary>Why it does not work by default, in plain words, one reason each ("2 errors to fix", "no board balena knows"); empty when it does.</summary>
    public IReadOnlyList<string> Reasons
    {
        get
        {
            var reasons = new List<string>(3);
            if (Errors > 0)
            {
                reasons.Add(Errors == 1 ? "1 error to fix" : string.Create(CultureInfo.InvariantCulture, $"{Errors} errors to fix"));
            }

            if (KnownBoards == 0)
            {
                reasons.Add("no board balena knows");
            }

            if (MustSetSettings > 0)
            {
                reasons.Add(MustSetSettings == 1 ? "1 setting you must set" : string.Create(CultureInfo.InvariantCulture, $"{MustSetSettings} settings you must set"));
            }

            return reasons;
        }
    }

    /// <summary>The standing its badge and catalog.json show: <see cref="ProjectStatus.Ok"/> and <see cref="ProjectStatus.Warnings"/> only when it works by default.</summary>
    public ProjectStatus Status(SnapshotStatus refresh, int warnings) => refresh switch
    {
        SnapshotStatus.Failed => ProjectStatus.Failing,
        SnapshotStatus.Stale => ProjectStatus.Stale,
        _ when !WorksByDefault => ProjectStatus.Failing,
        _ when warnings > 0 => ProjectStatus.Warnings,
        _ => ProjectStatus.Ok,
    };
}
