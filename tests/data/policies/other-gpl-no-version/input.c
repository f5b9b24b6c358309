/*
 * This file is subject to the terms of the GNU General Public License.
 * See the file COPYING in the main directory for more details.
 */
int x;
