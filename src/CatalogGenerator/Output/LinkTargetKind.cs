namespace FleetCatalog.Output;

internal enum LinkTargetKind
{
    /// <summary>Inside the site: check the file and fragment.</summary>
    Internal,

    /// <summary>Another site, or a scheme such as mailto: that is not ours to check.</summary>
    External,

    /// <summary>On the site's host but above its base path: off the site.</summary>
    OutsideBase,

    /// <summary>Not a URL a browser can follow.</summary>
    Malformed,
}
