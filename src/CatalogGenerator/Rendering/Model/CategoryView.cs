namespace FleetCatalog.Rendering.Model;

/// <summary>A catalog category (from <c>site/categories.yml</c>) with its page and how many projects it holds.</summary>
internal sealed record CategoryView(string Slug, string Name, string Description, string Url, int Count);
