namespace FleetCatalog.Rendering.Model;

/// <summary>The project's deploy button, what a deploy sets up, and whether the project then works as it is.</summary>
/// <param name="Url">The balenaCloud deploy link, with <c>defaultDeviceType</c>.</param>
/// <param name="DefaultBoard">The board the dashboard preselects, or null when the project names none.</param>
/// <param name="Settings">Every variable the new fleet gets: first those a maker must set (<see cref="SettingView.MustSet"/>), then those with a default.</param>
/// <param name="WorksByDefault">The one verdict (<see cref="Verdicts.ProjectVerdict"/>); <see cref="NotWorkingBecause"/> says why not, one reason each.</param>
internal sealed record DeployView(
    string Url,
    BoardChoiceView? DefaultBoard,
    IReadOnlyList<SettingView> Settings,
    bool WorksByDefault,
    IReadOnlyList<string> NotWorkingBecause)
{
    /// <summary>How many of <see cref="Settings"/> a maker must set before the project works.</summary>
    public int MustSetCount => Settings.Count(s => s.MustSet);
}
