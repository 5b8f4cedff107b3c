using FleetCatalog.Rendering.Markdown;

namespace FleetCatalog.Tests.Rendering.Markdown;

/// <summary>One shared renderer, as the build uses it, and a context for github.com/acme/weather at a fixed commit.</summary>
internal static class GuideRendering
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    public static GuideRenderer Renderer { get; } = new();

    public static GuideContext Context(string guidePath = "README.md", string repository = "https://github.com/acme/weather") =>
        GuideContext.For(repository, Commit, guidePath);

    public static RenderedGuide Render(string markdown, GuideContext? context = null) => Renderer.Render(markdown, context ?? Context());

    public static string Html(string markdown, GuideContext? context = null) => Render(markdown, context).Html;
}
