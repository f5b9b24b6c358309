<#list entries as entry>
* ${entry.text}
</#list>
