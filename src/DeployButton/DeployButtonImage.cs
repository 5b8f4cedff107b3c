namespace FleetCatalog.DeployButton;

/// <summary>Which of balena's official button images a snippet shows.</summary>
public enum DeployButtonImage
{
    /// <summary><c>https://www.balena.io/deploy.svg</c>, sharp at any size; the one balena's docs show.</summary>
    Svg,

    /// <summary><c>https://www.balena.io/deploy.png</c>, for places that do not display SVG images.</summary>
    Png,
}
