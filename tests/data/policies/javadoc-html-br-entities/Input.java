/*
 * Licensed under the Apache License, Version 2.0 (the &quot;License&quot;);<br/>
 * you may not use this file except in compliance with the License.<br>
 * You may obtain a copy of the License at<br />
 *
 * <a href="http://www.apache.org/licenses/LICENSE-2.0">http://www.apache.org/licenses/LICENSE-2.0</a>
 *
 * <p>Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an &quot;AS IS&quot; BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.</p>
 */
package x;
