namespace UsageGen.Generator.Model
{
    /// <summary>How an object-typed query parameter travels, after its <c>style</c> and <c>explode</c>.</summary>
    internal enum QueryObjectStyle
    {
        /// <summary><c>style: deepObject</c>: <c>created[gte]=1&amp;created[lte]=5</c>.</summary>
        DeepObject,

        /// <summary><c>style: form</c>, <c>explode: true</c>: each property as its own <c>gte=1&amp;lte=5</c>.</summary>
        FormExploded,

        /// <summary><c>style: form</c>, <c>explode: false</c>: one value, <c>created=gte,1,lte,5</c>.</summary>
        Form,
    }
}
