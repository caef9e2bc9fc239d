namespace SamDeploy.Resources.Function.Policies;

/// <summary>Why a policy template could not be expanded.</summary>
internal enum PolicyTemplateErrorKind
{
    /// <summary>No template has the given name.</summary>
    NotFound,

    /// <summary>The parameter values are not a map (for example a string, a list or nothing at all).</summary>
    InvalidParameterValues,

    /// <summary>One or more of the template's parameters were given no value.</summary>
    MissingParameterValues,
}
