namespace SamDeploy.Conformance;

internal static class Placeholder
{
}
