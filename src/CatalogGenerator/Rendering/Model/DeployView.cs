namespace FleetCatalog.Rendering.Model;

/// <summary>The project's deploy button and what a deploy sets up.</summary>
/// <param name="Url">The balenaCloud deploy link, with <c>defaultDeviceType</c>.</param>
/// <param name="DefaultBoard">The board the dashboard preselects, or null when the project names none.</param>
/// <param name="Settings">Every variable the new fleet gets, with its value (the ones with a default).</param>
internal sealed record DeployView(string Url, BoardChoiceView? DefaultBoard, IReadOnlyList<SettingView> Settings);
