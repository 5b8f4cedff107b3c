using System.Globalization;
using Fluid;
using Fluid.Values;

namespace FleetCatalog.Rendering.Templates;

/// <summary>
/// The filters templates may use: Liquid's standard ones except <c>raw</c> (raw HTML comes only from
/// <see cref="Model.SafeHtml"/> values, so a theme cannot switch encoding off by accident), plus
/// <c>pluralize</c> and <c>number</c>.
/// </summary>
internal static class ThemeFilters
{
    public static void Configure(FilterCollection filters)
    {
        filters.Remove("raw");

        // {{ n | pluralize: 'project', 'projects' }} gives "1 project", "12 projects".
        filters.AddFilter("pluralize", (input, arguments, _) =>
        {
            var count = (long)input.ToNumberValue();
            var word = count == 1 ? arguments.At(0).ToStringValue() : arguments.At(1).ToStringValue();
            return new StringValue(count.ToString(CultureInfo.InvariantCulture) + " " + word);
        });

        // {{ 12345 | number }} gives "12,345".
        filters.AddFilter("number", (input, _, _) =>
            new StringValue(((long)input.ToNumberValue()).ToString("N0", CultureInfo.InvariantCulture)));
    }
}
