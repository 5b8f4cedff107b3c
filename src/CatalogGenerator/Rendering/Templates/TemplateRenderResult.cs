using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Templates;

/// <summary>A rendered page, or why it could not be rendered (<see cref="Html"/> is then null).</summary>
internal sealed record TemplateRenderResult(string? Html, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Html is not null;

    public static TemplateRenderResult Failure(Diagnostic diagnostic) => new(null, [diagnostic]);
}
