namespace FleetCatalog.Rendering.Model;

/// <summary>One of the validator's findings about a project, shown in public with how to fix it.</summary>
/// <param name="Severity">The slug: <c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="SeverityLabel">As people read it: "Error", "Warning", "Note".</param>
/// <param name="HelpUrl">The code's explanation and fix.</param>
/// <param name="Location">Where, as "balena.yml line 12", or empty.</param>
internal sealed record FindingView(string Code, string Severity, string SeverityLabel, string Message, string HelpUrl, string Location = "");
