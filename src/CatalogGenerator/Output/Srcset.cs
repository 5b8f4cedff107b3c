namespace FleetCatalog.Output;

/// <summary>The image URLs in a <c>srcset</c> ("a.png 1x, b.png 2x"), read as browsers do.</summary>
internal static class Srcset
{
    public static IReadOnlyList<string> Urls(string srcset)
    {
        var urls = new List<string>();
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }

            // A URL may contain commas, but trailing ones separate candidates ("a.png,b.png 2x" is two).
            var url = srcset[start..i].TrimEnd(',');
            if (url.Length > 0)
            {
                urls.Add(url);
            }

            if (i > start && srcset[i - 1] == ',')
            {
                continue;
            }

            // The descriptors ("2x", "300w") run to the next comma.
            while (i < srcset.Length && srcset[i] != ',')
            {
                i++;
            }
        }

        return urls;
    }
}
