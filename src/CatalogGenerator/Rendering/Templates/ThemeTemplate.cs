using Fluid;

namespace FleetCatalog.Rendering.Templates;

/// <summary>One Liquid file of the theme (or its replacement from <c>site/layouts</c>), parsed once.</summary>
/// <param name="Name">Its name in templates and in <see cref="ThemeRenderer.Render"/>: the path under <c>layouts/</c> without <c>.liquid</c> (<c>project</c>, <c>partials/project-card</c>).</param>
/// <param name="File">The file as diagnostics name it, relative to the site's root (<c>themes/default/layouts/project.liquid</c>).</param>
/// <param name="Template">The parsed template; null when it has a syntax error (reported once, at load).</param>
/// <param name="IsSiteOverride">True when the file comes from <c>site/layouts</c>.</param>
internal sealed record ThemeTemplate(string Name, string File, string Source, IFluidTemplate? Template, bool IsSiteOverride);
