using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// URL attributes read the way browsers read them (see <see cref="UnicodeControls.CleanUrl"/>), before the allow-list
/// judges their scheme, so that a tab or an invisible character cannot hide <c>javascript:</c> from it.
/// </summary>
internal static class UrlAttributes
{
    private static readonly string[] Names = ["href", "src", "srcset"];

    public static void Clean(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[href],[src],[srcset]").ToList())
        {
            foreach (var name in Names)
            {
                if (element.GetAttribute(name) is { } value)
                {
                    element.SetAttribute(name, UnicodeControls.CleanUrl(value));
                }
            }
        }
    }
}
