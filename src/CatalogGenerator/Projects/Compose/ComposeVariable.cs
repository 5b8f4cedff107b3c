using FleetCatalog.Diagnostics;

namespace FleetCatalog.Projects.Compose;

/// <summary>An <c>environment</c> entry of a service.</summary>
/// <param name="Value">The value set here, or null when it comes from outside (<c>- API_KEY</c>, <c>API_KEY:</c>): on balena, from the fleet's variables.</param>
internal sealed record ComposeVariable(string Name, string? Value, SourceSpan Span)
{
    public bool TakesValueFromFleet => Value is null;
}
