namespace SamDeploy.Resources.Function.Policies;

/// <summary>What one entry of a function's or state machine's <c>Policies</c> is, as the reference classifies it.</summary>
internal enum PolicyKind
{
    /// <summary>A managed policy: a name or ARN string, or any intrinsic other than <c>Fn::If</c>.</summary>
    ManagedPolicy,

    /// <summary>An inline policy document: a map with a <c>Statement</c> key.</summary>
    PolicyStatement,

    /// <summary>A policy template: a one-key map whose key is a known template's name.</summary>
    PolicyTemplate,

    /// <summary>Anything else; left for the role's builder to reject.</summary>
    Unknown,
}
