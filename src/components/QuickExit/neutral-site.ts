/** Where quick exit sends the visitor: the national weather service, a page nobody needs to explain. */
export const neutralSiteUrl = 'https://www.bmkg.go.id/';
