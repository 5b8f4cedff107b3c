namespace FleetCatalog.BrowserTests;

/// <summary>One failed axe-core rule on a page, with the elements it failed on.</summary>
internal sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, string[] Targets)
{
    public override string ToString() => $"{Id} ({Impact ?? "no impact"}): {Help} [{HelpUrl}]\n    on: {string.Join("\n        ", Targets)}";
}
