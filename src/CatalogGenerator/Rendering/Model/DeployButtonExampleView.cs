namespace FleetCatalog.Rendering.Model;

/// <summary>A deploy button worked through: the inputs and every snippet they give.</summary>
internal sealed record DeployButtonExampleView(string Repository, string BoardSlug, string Url, string Markdown, string Html);
