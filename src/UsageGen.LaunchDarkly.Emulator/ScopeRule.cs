namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The service's rule that an environment filter needs exactly one project filter, since environment keys are
    /// only unique within a project.
    /// </summary>
    internal sealed record ScopeRule(string EnvironmentParameter, string ProjectParameter)
    {
        public void Check(QueryReader query)
        {
            if (query.All(EnvironmentParameter).Count > 0 && query.All(ProjectParameter).Count != 1)
            {
                throw ApiErrorException.InvalidRequest($"{EnvironmentParameter} requires exactly one {ProjectParameter}");
            }
        }
    }
}
