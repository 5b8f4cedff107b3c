using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Markdown;

/// <summary>A guide turned into safe HTML.</summary>
/// <param name="Html">Sanitised HTML to place inside the page's guide section, as is (no further escaping).</param>
/// <param name="Headings">Every heading left in <paramref name="Html"/>, in order.</param>
/// <param name="Title">The text of the guide's first h1, or null; usually the project's name.</param>
/// <param name="Findings">What the author should know: the guide was cut short, a deploy button deploys another repository...</param>
internal sealed record RenderedGuide(string Html, ImmutableArray<GuideHeading> Headings, string? Title, ImmutableArray<Diagnostic> Findings);
